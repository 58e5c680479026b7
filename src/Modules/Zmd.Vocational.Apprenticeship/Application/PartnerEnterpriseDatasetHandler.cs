using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>The partner enterprises' side of a filing, stored in AppPartnerEnterprises. No domain rules beyond Filing's
/// checks (the credit code's check character, one row per enterprise).</summary>
internal sealed class PartnerEnterpriseDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<PartnerEnterpriseRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => PartnerEnterpriseDataset.Definition;

    protected override IReadOnlyList<string> StoredProperties => PartnerEnterpriseDataset.StoredProperties;

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
        PartnerEnterpriseDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(PartnerEnterpriseRecord record) => PartnerEnterpriseDataset.ToColumnValues(record);

    protected override Expression<Func<PartnerEnterpriseRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(PartnerEnterpriseRecord.CreditCode) => e => e.CreditCode,
        _ => null,
    };

    protected override IOrderedQueryable<PartnerEnterpriseRecord> Ordered(IQueryable<PartnerEnterpriseRecord> rows) =>
        rows.OrderBy(e => e.CreditCode);
}
