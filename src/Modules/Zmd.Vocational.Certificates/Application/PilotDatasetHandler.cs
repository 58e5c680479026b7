using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Certificates.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>The certificate pilots' side of a filing, stored in CertPilots. No domain rules beyond Filing's checks (the
/// major catalogue, the certificate catalogue, the year range).</summary>
internal sealed class PilotDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<CertificatePilotRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => PilotDataset.Definition;

    protected override IReadOnlyList<string> StoredProperties => PilotDataset.StoredProperties;

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) => PilotDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(CertificatePilotRecord record) => PilotDataset.ToColumnValues(record);

    protected override Expression<Func<CertificatePilotRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(CertificatePilotRecord.MajorCode) => p => p.MajorCode,
        nameof(CertificatePilotRecord.CertificateCode) => p => p.CertificateCode,
        _ => null,
    };

    protected override IOrderedQueryable<CertificatePilotRecord> Ordered(IQueryable<CertificatePilotRecord> rows) =>
        rows.OrderBy(p => p.MajorCode).ThenBy(p => p.CertificateCode).ThenBy(p => p.Level);
}
