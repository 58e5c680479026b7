using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Zmd.Vocational.Core.Data;

namespace Zmd.Vocational.Data.Bulk;

/// <summary>See <see cref="IBulkInserter"/>. Table, column names and value conversions all come from the EF model, so
/// the module keeps its table to itself and never writes SQL names by hand.</summary>
internal sealed class BulkInserter(VocationalDbContext db, DatabaseOptions options) : IBulkInserter
{
    public async Task<long> InsertAsync<TEntity>(IReadOnlyList<string> properties, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
        where TEntity : class
    {
        var (table, columns) = Describe<TEntity>(properties);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            return await CopyAsync((NpgsqlConnection)connection, table, columns, rows, ct);
        }

        // A bigger page cache while a roster is inserted: its indexes (ID numbers) fill in random order, and with SQLite's
        // default 2 MB cache most inserts would touch disk pages again. Restored afterwards so pooled connections stay lean.
        await SetCacheAsync(connection, -SqliteImportCacheKib, ct);
        try
        {
            return await PreparedInsertAsync(connection, db.Database.CurrentTransaction?.GetDbTransaction(), table, columns, rows, ct);
        }
        finally
        {
            await SetCacheAsync(connection, -2000, CancellationToken.None);
        }
    }

    /// <summary>64 MB, well inside the 400 MB budget of a million-row import.</summary>
    internal const int SqliteImportCacheKib = 65536;

    private async Task SetCacheAsync(DbConnection connection, int size, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA cache_size=" + size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<int> DeleteWhereAsync<TEntity>(IReadOnlyDictionary<string, object> equals, CancellationToken ct)
        where TEntity : class
    {
        var (table, columns) = Describe<TEntity>(equals.Keys.ToList());
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var conditions = new List<string>();
        var values = equals.Values.ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            conditions.Add($"{Quote(columns[i].Name)} = @p{i}");
            command.Parameters.Add(columns[i].Mapping.CreateParameter(command, "@p" + i, values[i]));
        }

        command.CommandText = $"DELETE FROM {Quote(table)} WHERE {string.Join(" AND ", conditions)}";
        return await command.ExecuteNonQueryAsync(ct);
    }

    private (string Table, List<(string Name, RelationalTypeMapping Mapping)> Columns) Describe<TEntity>(IReadOnlyList<string> properties)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var columns = properties.Select(name =>
        {
            var property = entityType.FindProperty(name) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no property {name}.");
            return (property.GetColumnName(store)!, property.GetRelationalTypeMapping());
        }).ToList();
        return (table, columns);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<long> PreparedInsertAsync(DbConnection connection, DbTransaction? transaction, string table,
        List<(string Name, RelationalTypeMapping Mapping)> columns, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, "@p" + i, null)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(ct);

        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = ToProvider(columns[i].Mapping, row[i]);
            }

            await command.ExecuteNonQueryAsync(ct);
            count++;
        }

        return count;
    }

    private static async Task<long> CopyAsync(NpgsqlConnection connection, string table, List<(string Name, RelationalTypeMapping Mapping)> columns,
        IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var sql = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(sql, ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < columns.Count; i++)
            {
                var value = ToProvider(columns[i].Mapping, row[i]);
                if (value is DBNull)
                {
                    await writer.WriteNullAsync(ct);
                }
                else
                {
                    await writer.WriteAsync(value, columns[i].Mapping.StoreType.Split('(')[0], ct);
                }
            }
        }

        return (long)await writer.CompleteAsync(ct);
    }

    /// <summary>The value as the provider stores it (EF's converter: enums to numbers, DateTime to UTC, …).</summary>
    private static object ToProvider(RelationalTypeMapping mapping, object? value)
    {
        if (value is null)
        {
            return DBNull.Value;
        }

        var converted = mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        return converted ?? DBNull.Value;
    }
}
