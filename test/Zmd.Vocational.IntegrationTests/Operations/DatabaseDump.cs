using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Operations;

/// <summary>Reads a test database directly (not through the application), to compare two databases row for row.</summary>
internal static class DatabaseDump
{
    /// <summary>Tables whose every row a restore must bring back unchanged: the data change log and the security log.</summary>
    public static readonly string[] AuditTables = ["SysEntityChanges", "SysPropertyChanges", "IdnSecurityLog"];

    public static async Task<DbConnection> OpenAsync(TestDatabase database)
    {
        DbConnection connection = database.Provider == "PostgreSql"
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Every application table with its row count.</summary>
    public static async Task<SortedDictionary<string, long>> RowCountsAsync(TestDatabase database)
    {
        await using var connection = await OpenAsync(database);
        var tables = await ColumnAsync(connection, database.Provider == "PostgreSql"
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'");
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = long.Parse((await ColumnAsync(connection, $"SELECT COUNT(*) FROM \"{table}\""))[0], CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>Every row of a table, each as one line of its column values, in primary-key order.</summary>
    public static async Task<List<string>> RowsAsync(TestDatabase database, string table)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join(" | ", values));
        }

        return rows;
    }

    public static async Task<long> ScalarAsync(TestDatabase database, string sql) =>
        long.Parse((await ColumnAsync(database, sql))[0], CultureInfo.InvariantCulture);

    /// <summary>The first column of every row a query returns, as text.</summary>
    public static async Task<List<string>> ColumnAsync(TestDatabase database, string sql)
    {
        await using var connection = await OpenAsync(database);
        return await ColumnAsync(connection, sql);
    }

    private static async Task<List<string>> ColumnAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
