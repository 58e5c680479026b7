using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>The social training's side of a filing, stored in AppSocialTraining. No domain rules beyond Filing's checks
/// (ranges, one row per programme).</summary>
internal sealed class SocialTrainingDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<SocialTrainingRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => SocialTrainingDataset.Definition;

    protected override IReadOnlyList<string> StoredProperties => SocialTrainingDataset.StoredProperties;

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
        SocialTrainingDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(SocialTrainingRecord record) => SocialTrainingDataset.ToColumnValues(record);

    protected override Expression<Func<SocialTrainingRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(SocialTrainingRecord.Program) => t => t.Program,
        _ => null,
    };

    protected override IOrderedQueryable<SocialTrainingRecord> Ordered(IQueryable<SocialTrainingRecord> rows) => rows.OrderBy(t => t.Program);
}
