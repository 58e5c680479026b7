using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>The internships' side of a filing, stored in ColInternships. No domain rules beyond Filing's checks: the
/// credit code's check character and its reference to the partner enterprises, at least one person-time, one row per
/// enterprise, kind and major.</summary>
internal sealed class InternshipDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<InternshipRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => InternshipDataset.Definition;

    protected override IReadOnlyList<string> StoredProperties => InternshipDataset.StoredProperties;

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) => InternshipDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(InternshipRecord record) => InternshipDataset.ToColumnValues(record);

    protected override Expression<Func<InternshipRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(InternshipRecord.EnterpriseCreditCode) => i => i.EnterpriseCreditCode,
        nameof(InternshipRecord.MajorCode) => i => i.MajorCode,
        _ => null,
    };

    protected override IOrderedQueryable<InternshipRecord> Ordered(IQueryable<InternshipRecord> rows) =>
        rows.OrderBy(i => i.EnterpriseCreditCode).ThenBy(i => i.Kind).ThenBy(i => i.MajorCode);
}
