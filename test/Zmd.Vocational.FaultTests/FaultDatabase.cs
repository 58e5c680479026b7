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

    /// <summary>SQLite: PRAGMA integrity_check over the file the killed hosts used says "ok" (run with no host open).</summary>
    public static async Task AssertIntactAsync(TestDatabase database)
    {
        if (database.Provider != Sqlite)
        {
            return;
        }

        await using var connection = new SqliteConnection(database.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        (await command.ExecuteScalarAsync())!.ToString().ShouldBe("ok");
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
