namespace Zmd.Vocational.Core.Data;

/// <summary>Inserts many rows of one entity type fast, bypassing change tracking: a prepared statement reused per row
/// on SQLite, binary COPY on PostgreSQL. Runs on the DbContext's connection and inside its current transaction (the
/// caller owns the transaction). Values are given per property, in the order of <paramref name="properties"/>, as the
/// entity would hold them (enums, UTC DateTime, DateOnly, Guid): EF's own value conversions are applied, so rows read
/// back through EF exactly as if EF had written them. Audit interceptors do not run: the caller records the change.</summary>
public interface IBulkInserter
{
    Task<long> InsertAsync<TEntity>(IReadOnlyList<string> properties, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
        where TEntity : class;

    /// <summary>Deletes rows of <typeparamref name="TEntity"/> matching all the given property values (a set-based
    /// DELETE), e.g. a school's rows of one year before a replacement. Returns the number of rows deleted.</summary>
    Task<int> DeleteWhereAsync<TEntity>(IReadOnlyDictionary<string, object> equals, CancellationToken ct)
        where TEntity : class;
}
