using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Zmd.Vocational.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Database:Provider (Sqlite | PostgreSql) and ConnectionStrings:Default. SQLite is the embedded default:
/// one file, App_Data/zmd.db. A relative SQLite path is taken from the application home (the folder that holds seeds/:
/// the repository, or a published folder that ships it), so the web host and the CLI open the same file.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=App_Data/zmd.db";

    /// <summary>How long a SQLite write of this process waits for its turn behind the others (Database:SqliteWriteWaitSeconds,
    /// 120 by default) before it is refused as busy. Longer than SQLite's own 30 s busy timeout on purpose: the writers
    /// wait in line (<see cref="Providers.SqliteWriteQueue"/>), so at the filing deadline an upload waits its turn instead of
    /// being refused, and the reverse proxy allows 300 s.</summary>
    public TimeSpan SqliteWriteWait { get; init; } = TimeSpan.FromSeconds(DefaultSqliteWriteWaitSeconds);

    public const int DefaultSqliteWriteWaitSeconds = 120;

    public static DatabaseOptions From(IConfiguration configuration, string homeDirectory)
    {
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException($"Database:Provider '{providerText}' is not supported; use Sqlite or PostgreSql.");
        }

        var connection = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = provider == DatabaseProvider.Sqlite
                ? DefaultSqlite
                : throw new InvalidOperationException("ConnectionStrings:Default is required for PostgreSQL.");
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(connection);
            if (!string.IsNullOrWhiteSpace(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(homeDirectory, builder.DataSource));
                connection = builder.ToString();
            }
        }

        var writeWait = configuration.GetValue<int?>("Database:SqliteWriteWaitSeconds") ?? DefaultSqliteWriteWaitSeconds;
        if (writeWait < 1)
        {
            throw new InvalidOperationException($"Database:SqliteWriteWaitSeconds must be at least 1, not {writeWait}.");
        }

        return new DatabaseOptions(provider, connection) { SqliteWriteWait = TimeSpan.FromSeconds(writeWait) };
    }
}
