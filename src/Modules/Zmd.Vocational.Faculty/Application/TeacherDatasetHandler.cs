using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Faculty.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Faculty.Application;

/// <summary>The teacher roster's side of a filing: the domain rules of a row, and its storage in FacTeachers. The
/// storage mechanics are Filing's shared <see cref="SchoolYearDatasetHandler{TRecord}"/>. No UniqueAcrossSchools column:
/// a teacher may teach part-time at another school.</summary>
internal sealed class TeacherDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<TeacherRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => TeacherDataset.Definition;

    protected override IReadOnlyList<string> StoredProperties => TeacherDataset.StoredProperties;

    /// <summary>Dual-qualified recognition may date up to the year the filed school year ends in (2025 runs to August 2026).</summary>
    public override void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => TeacherRules.Validate(row, scope.Year + 1, errors);

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) => TeacherDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(TeacherRecord record) => TeacherDataset.ToColumnValues(record);

    protected override Expression<Func<TeacherRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(TeacherRecord.StaffNumber) => t => t.StaffNumber,
        nameof(TeacherRecord.IdNumber) => t => t.IdNumber,
        _ => null,
    };

    protected override IOrderedQueryable<TeacherRecord> Ordered(IQueryable<TeacherRecord> rows) => rows.OrderBy(t => t.StaffNumber);
}
