using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>The output's side of a filing, stored in ColTrainingOutput.</summary>
internal sealed class OutputDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<TrainingOutputRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => OutputDataset.Definition;

    public override void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => OutputRules.Validate(row, errors);

    protected override IReadOnlyList<string> StoredProperties => OutputDataset.StoredProperties;

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) => OutputDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(TrainingOutputRecord record) => OutputDataset.ToColumnValues(record);

    /// <summary>No other dataset references the output.</summary>
    protected override Expression<Func<TrainingOutputRecord, string?>>? KeyColumn(string columnKey) => null;

    protected override IOrderedQueryable<TrainingOutputRecord> Ordered(IQueryable<TrainingOutputRecord> rows) => rows.OrderBy(o => o.Level);
}
