using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>The studios' side of a filing, stored in ColStudios.</summary>
internal sealed class StudioDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<StudioRecord>(db, bulk, currentUser)
{
    public override DatasetDefinition Definition => StudioDataset.Definition;

    public override void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => StudioRules.Validate(scope, row, errors);

    protected override IReadOnlyList<string> StoredProperties => StudioDataset.StoredProperties;

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) => StudioDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(StudioRecord record) => StudioDataset.ToColumnValues(record);

    protected override Expression<Func<StudioRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(StudioRecord.Name) => s => s.Name,
        _ => null,
    };

    protected override IOrderedQueryable<StudioRecord> Ordered(IQueryable<StudioRecord> rows) => rows.OrderBy(s => s.Name);
}
