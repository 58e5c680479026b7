using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Filing.Contracts;

/// <summary>The storage side of a school-year dataset, for dataset modules to derive from: a file replaces the
/// school's rows of the year through a set-based delete and a streamed bulk insert; counts, keys and reads go through
/// the school filter. Filing does the parsing, type, code-list, check-character, duplicate and reference checks, and
/// owns the transaction; a dataset adds its columns, its domain rules and its row mapping.</summary>
public abstract class SchoolYearDatasetHandler<TRecord>(DbContext db, IBulkInserter bulk, ICurrentUser currentUser) : IDatasetHandler
    where TRecord : class, ISchoolYearRecord
{
    public abstract DatasetDefinition Definition { get; }

    /// <summary>Domain rules of one row whose cells all converted. None unless the dataset has some.</summary>
    public virtual void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors)
    {
    }

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    protected abstract IReadOnlyList<string> StoredProperties { get; }

    /// <summary>A validated row as the entity would hold it, with a new id; the boxed school id and year are shared by all
    /// rows of an upload.</summary>
    protected abstract object?[] ToStoredValues(object schoolId, object year, FilingRow row);

    /// <summary>A stored row in column order, typed as Filing converts cells (Integer as long), codes as stored codes.</summary>
    protected abstract object?[] ToColumnValues(TRecord record);

    /// <summary>The column <see cref="KeysAsync"/> reads for a column key, or null when it is no key column.</summary>
    protected abstract Expression<Func<TRecord, string?>>? KeyColumn(string columnKey);

    /// <summary>The order <see cref="ReadAsync"/> returns rows in (the dataset's natural key).</summary>
    protected abstract IOrderedQueryable<TRecord> Ordered(IQueryable<TRecord> rows);

    public async Task<int> ReplaceAsync(FilingScope scope, IAsyncEnumerable<FilingRow> rows, CancellationToken ct)
    {
        // The set-based delete bypasses the school filter: refuse another school's scope here as well.
        if (!currentUser.CanAccessSchool(scope.SchoolId))
        {
            throw new BusinessException(CoreErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        await bulk.DeleteWhereAsync<TRecord>(new Dictionary<string, object>
        {
            [nameof(ISchoolYearRecord.SchoolId)] = scope.SchoolId,
            [nameof(ISchoolYearRecord.Year)] = scope.Year,
        }, ct);
        var inserted = await bulk.InsertAsync<TRecord>(StoredProperties, StoredValues(scope, rows, ct), ct);
        return checked((int)inserted);
    }

    public Task<int> CountAsync(FilingScope scope, CancellationToken ct) => Of(scope).CountAsync(ct);

    public async Task<IReadOnlySet<string>> KeysAsync(FilingScope scope, string columnKey, CancellationToken ct)
    {
        var column = KeyColumn(columnKey)
            ?? throw new ArgumentException($"Dataset {Definition.Code} has no key column {columnKey}.", nameof(columnKey));
        var keys = await Of(scope).Select(column).Where(v => v != null).Distinct().ToListAsync(ct);
        return keys.Select(k => k!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>No UniqueAcrossSchools column unless the dataset overrides this.</summary>
    public virtual Task<IReadOnlyList<CrossSchoolClash>> CrossSchoolClashesAsync(FilingScope scope, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CrossSchoolClash>>([]);

    public async IAsyncEnumerable<object?[]> ReadAsync(FilingScope scope, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = Ordered(Of(scope)).AsAsyncEnumerable();
        await foreach (var record in query.WithCancellation(ct))
        {
            yield return ToColumnValues(record);
        }
    }

    private IQueryable<TRecord> Of(FilingScope scope) =>
        db.Set<TRecord>().AsNoTracking().Where(r => r.SchoolId == scope.SchoolId && r.Year == scope.Year);

    /// <summary>Maps rows one by one as the inserter pulls them: an upload is never held in memory.</summary>
    private async IAsyncEnumerable<object?[]> StoredValues(FilingScope scope, IAsyncEnumerable<FilingRow> rows,
        [EnumeratorCancellation] CancellationToken ct)
    {
        object schoolId = scope.SchoolId;
        object year = scope.Year;
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return ToStoredValues(schoolId, year, row);
        }
    }
}

/// <summary>For mapping rows that passed validation: a missing required value is a programming error, not a user's.</summary>
public static class ValidatedRow
{
    public static string Required(string? value, string column) => value ?? throw Missing(column);

    public static InvalidOperationException Missing(string column) =>
        new($"Column {column} is required but the validated row has no value.");
}
