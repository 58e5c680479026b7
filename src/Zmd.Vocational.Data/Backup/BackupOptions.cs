using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Zmd.Vocational.Data.Backup;

/// <summary>Backup:PgDumpPath and Backup:PgRestorePath: the PostgreSQL tools, found on PATH unless set (use the
/// client of the server's major version or newer).</summary>
public sealed record BackupOptions(string PgDump, string PgRestore)
{
    public static BackupOptions From(IConfiguration configuration) => new(
        configuration["Backup:PgDumpPath"] is { Length: > 0 } dump ? dump : "pg_dump",
        configuration["Backup:PgRestorePath"] is { Length: > 0 } restore ? restore : "pg_restore");
}

public static class BackupServiceCollectionExtensions
{
    public static IServiceCollection AddDatabaseBackup(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(BackupOptions.From(configuration));
        services.AddSingleton<IDatabaseBackup>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlDatabaseBackup(sp.GetRequiredService<DatabaseOptions>(), sp.GetRequiredService<BackupOptions>())
            : new SqliteDatabaseBackup(sp.GetRequiredService<DatabaseOptions>()));
        return services;
    }
}
