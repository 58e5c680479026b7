using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.FaultTests;

/// <summary>The databases the fault tests run on: each test is a theory over both providers, in one run of the project
/// (PostgreSQL through ZMD_TEST_PG, a fresh database per test, dropped after).</summary>
internal static class FaultDatabase
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public static Task<TestDatabase> CreateAsync(string provider) => TestDatabase.CreateAsync(postgres: provider == PostgreSql);

    /// <summary>The database the killed hosts used is intact (checked with no host open). SQLite: PRAGMA integrity_check
    /// says "ok". PostgreSQL: amcheck finds every B-tree index of the application's tables consistent with its table
    /// (bt_index_check with heapallindexed) and no corrupt heap page (verify_heapam).</summary>
    public static async Task AssertIntactAsync(TestDatabase database)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        if (database.Provider == Sqlite)
        {
            (await ScalarAsync(connection, "PRAGMA integrity_check;")).ShouldBe("ok");
            return;
        }

        await ScalarAsync(connection, "CREATE EXTENSION IF NOT EXISTS amcheck;");
        var indexes = await ScalarAsync(connection, """
            SELECT count(bt_index_check(c.oid, true)) FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE a.amname = 'btree' AND n.nspname = 'public' AND i.indisready AND i.indisvalid
            """);
        int.Parse(indexes!, CultureInfo.InvariantCulture).ShouldBeGreaterThan(10, "the application's indexes were checked");
        var corrupt = await ScalarAsync(connection, """
            SELECT string_agg(c.relname || ' block ' || v.blkno || ': ' || v.msg, '; ') FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace, LATERAL verify_heapam(c.oid) v
            WHERE c.relkind = 'r' AND n.nspname = 'public'
            """);
        corrupt.ShouldBeNull("no corrupt heap page");
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Whether some process is inside a transaction that writes to this database. PostgreSQL: a backend of the
    /// database holds a transaction id (it has written). SQLite: the write lock is taken (the application's transactions
    /// begin IMMEDIATE), seen as our own BEGIN IMMEDIATE being refused as busy.</summary>
    public static async Task<bool> HasWritingTransactionAsync(TestDatabase database)
    {
        if (database.Provider == Sqlite)
        {
            await using var sqlite = new SqliteConnection(database.ConnectionString + ";Pooling=False");
            await sqlite.OpenAsync();

            // Straight through SQLite's own API, which answers busy at once (the driver would retry until its timeout).
            var rc = SQLitePCL.raw.sqlite3_exec(sqlite.Handle, "BEGIN IMMEDIATE;");
            if (rc == SQLitePCL.raw.SQLITE_OK)
            {
                SQLitePCL.raw.sqlite3_exec(sqlite.Handle, "ROLLBACK;").ShouldBe(SQLitePCL.raw.SQLITE_OK);
                return false;
            }

            rc.ShouldBeOneOf(SQLitePCL.raw.SQLITE_BUSY, SQLitePCL.raw.SQLITE_LOCKED);
            return true;
        }

        var admin = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) ?? "Host=127.0.0.1;Port=5432;Username=zmd;Password=zmd;Database=postgres";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND backend_xid IS NOT NULL", connection);
        command.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>The stored measures of the year (drafts included, which no API shows): "dataset/code" → "value state".</summary>
    public static async Task<IReadOnlyDictionary<string, string>> MeasuresAsync(TestDatabase database, int year)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Dataset\", \"Code\", \"Value\", \"State\" FROM \"TgtSchoolMeasures\" WHERE \"Year\" = {year}";
        var measures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            measures[reader.GetString(0) + "/" + reader.GetString(1)] =
                Convert.ToDecimal(reader.GetValue(2), CultureInfo.InvariantCulture).ToString("0.####", CultureInfo.InvariantCulture) + " " + reader.GetValue(3);
        }

        return measures;
    }

    private static System.Data.Common.DbConnection Open(TestDatabase database) => database.Provider == Sqlite
        ? new SqliteConnection(database.ConnectionString + ";Pooling=False")
        : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
}
