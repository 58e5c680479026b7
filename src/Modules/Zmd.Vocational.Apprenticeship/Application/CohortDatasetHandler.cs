using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>The apprenticeship cohorts' side of a filing, stored in AppCohorts. Serves the cohort codes that the student
/// roster references.</summary>
internal sealed class CohortDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<CohortRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => CohortDataset.Definition;

    public override void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => CohortRules.Validate(row, errors);

    protected override IReadOnlyList<string> StoredProperties => CohortDataset.StoredProperties;

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) => CohortDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(CohortRecord record) => CohortDataset.ToColumnValues(record);

    protected override Expression<Func<CohortRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(CohortRecord.CohortCode) => c => c.CohortCode,
        nameof(CohortRecord.MajorCode) => c => c.MajorCode,
        nameof(CohortRecord.EnterpriseCreditCode) => c => c.EnterpriseCreditCode,
        _ => null,
    };

    protected override IOrderedQueryable<CohortRecord> Ordered(IQueryable<CohortRecord> rows) => rows.OrderBy(c => c.CohortCode);
}
