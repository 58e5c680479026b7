using Npgsql;

namespace Zmd.Vocational.TestKit;

/// <summary>A database of its own for one test host: a SQLite file in a new temporary folder, or a new PostgreSQL
/// database on the server named by ZMD_TEST_PG (created here, dropped on dispose).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "ZMD_TEST_PROVIDER";
    public const string PostgresVariable = "ZMD_TEST_PG";

    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(string provider, string connectionString, string folder, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    /// <summary>A fresh, empty folder for this host (the SQLite file lives here).</summary>
    public string Folder { get; }

    public static bool UsePostgres => string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static async Task<TestDatabase> CreateAsync(bool? postgres = null)
    {
        var folder = Directory.CreateTempSubdirectory("zmd-test-").FullName;
        if (!(postgres ?? UsePostgres))
        {
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "zmd.db")}", folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? "Host=127.0.0.1;Port=5432;Username=zmd;Password=zmd;Database=postgres";
        var name = "zmd_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase("PostgreSql", builder.ConnectionString, folder, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on the way out is left to the OS's temp cleanup.
        }
    }
}
