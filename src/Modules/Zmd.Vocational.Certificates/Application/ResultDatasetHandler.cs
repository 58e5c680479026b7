using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Certificates.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>The certificate results' side of a filing, stored in CertResults.</summary>
internal sealed class ResultDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<CertificateResultRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => ResultDataset.Definition;

    public override void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => ResultRules.Validate(row, errors);

    protected override IReadOnlyList<string> StoredProperties => ResultDataset.StoredProperties;

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) => ResultDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(CertificateResultRecord record) => ResultDataset.ToColumnValues(record);

    protected override Expression<Func<CertificateResultRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(CertificateResultRecord.StudentNumber) => r => r.StudentNumber,
        nameof(CertificateResultRecord.IdNumber) => r => r.IdNumber,
        nameof(CertificateResultRecord.CertificateCode) => r => r.CertificateCode,
        _ => null,
    };

    protected override IOrderedQueryable<CertificateResultRecord> Ordered(IQueryable<CertificateResultRecord> rows) =>
        rows.OrderBy(r => r.StudentNumber).ThenBy(r => r.CertificateCode).ThenBy(r => r.Level);
}
