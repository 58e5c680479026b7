using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zmd.Vocational.Benchmarks;

/// <summary>The database's own account of a statement the profile caught, on a connection of its own: EXPLAIN QUERY PLAN
/// on SQLite (the plan does not depend on the values, so parameters stay unbound), EXPLAIN (ANALYZE, BUFFERS) on
/// PostgreSQL with the values EF Core sent, inside a transaction that is rolled back. And the cost of a hand-written
/// query, to show what a proposed change would save.</summary>
internal static class QueryPlans
{
    public static async Task<IReadOnlyList<string>> ExplainAsync(string connectionString, bool postgres, StatementCost statement)
    {
        if (!statement.Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return ["(not a SELECT: no plan asked for)"];
        }

        await using var connection = Open(connectionString, postgres);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + statement.Text;
        if (postgres)
        {
            foreach (var p in statement.Parameters)
            {
                var parameter = new NpgsqlParameter(p.Name, p.Value ?? DBNull.Value);
                if (p.NpgsqlDbType is { } type)
                {
                    parameter.NpgsqlDbType = type;
                }

                command.Parameters.Add(parameter);
            }
        }

        var lines = new List<string>();
        var depth = new Dictionary<long, int>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                if (postgres)
                {
                    lines.Add(reader.GetString(0));
                }
                else
                {
                    // id, parent, notused, detail: indent by the parent chain.
                    var id = reader.GetInt64(0);
                    var level = depth.TryGetValue(reader.GetInt64(1), out var d) ? d + 1 : 0;
                    depth[id] = level;
                    lines.Add(new string(' ', 2 * level) + reader.GetString(3));
                }
            }
        }

        await transaction.RollbackAsync();
        return lines;
    }

    /// <summary>Mean milliseconds of <paramref name="sql"/> over <paramref name="times"/> runs (after one warm-up run),
    /// every value of every row read as the provider returns it (no conversion), and the rows of the last run.</summary>
    public static async Task<(double Ms, long Rows)> TimeAsync(string connectionString, bool postgres, string sql,
        IReadOnlyDictionary<string, object> parameters, int times)
    {
        await using var connection = Open(connectionString, postgres);
        await connection.OpenAsync();
        long rows = 0;
        var watch = new Stopwatch();
        for (var i = 0; i <= times; i++)
        {
            await using var command = Command(connection, sql, parameters);
            if (i > 0)
            {
                watch.Start();
            }

            rows = 0;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync())
                {
                    reader.GetValues(values);
                    rows++;
                }
            }

            watch.Stop();
        }

        return (watch.Elapsed.TotalMilliseconds / times, rows);
    }

    /// <summary>The plan of a hand-written statement (as <see cref="ExplainAsync"/>, with the given values).</summary>
    public static async Task<IReadOnlyList<string>> ExplainAsync(string connectionString, bool postgres, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        await using var connection = Open(connectionString, postgres);
        await connection.OpenAsync();
        await using var command = Command(connection, (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + sql, parameters);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(postgres ? reader.GetString(0) : reader.GetString(3));
        }

        return lines;
    }

    /// <summary>One value read by a hand-written statement (e.g. a stored id, in the provider's own representation).</summary>
    public static async Task<object> ScalarAsync(string connectionString, bool postgres, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        await using var connection = Open(connectionString, postgres);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("No value: " + sql);
    }

    /// <summary>Every row of a hand-written statement, its values joined by spaces.</summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(string connectionString, bool postgres, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        await using var connection = Open(connectionString, postgres);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join("  ", values.Select(v => v is DBNull ? "NULL" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static DbCommand Command(DbConnection connection, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Gathers the planner's statistics for the whole database (SQLite's sqlite_stat1, PostgreSQL's pg_statistic).</summary>
    public static async Task AnalyzeAsync(string connectionString, bool postgres)
    {
        await using var connection = Open(connectionString, postgres);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE";
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    private static DbConnection Open(string connectionString, bool postgres) =>
        postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
}
