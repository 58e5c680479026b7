using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>The majors offered's side of a filing: the hours rule of a row (<see cref="MajorOfferedRules"/>) and its
/// storage in EnrMajorsOffered (Filing's shared <see cref="SchoolYearDatasetHandler{TRecord}"/>).</summary>
internal sealed class MajorOfferedDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<MajorOfferedRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => MajorOfferedDataset.Definition;

    protected override IReadOnlyList<string> StoredProperties => MajorOfferedDataset.StoredProperties;

    public override void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => MajorOfferedRules.Validate(row, errors);

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
        MajorOfferedDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(MajorOfferedRecord record) => MajorOfferedDataset.ToColumnValues(record);

    protected override Expression<Func<MajorOfferedRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(MajorOfferedRecord.MajorCode) => m => m.MajorCode,
        _ => null,
    };

    protected override IOrderedQueryable<MajorOfferedRecord> Ordered(IQueryable<MajorOfferedRecord> rows) => rows.OrderBy(m => m.MajorCode);
}
