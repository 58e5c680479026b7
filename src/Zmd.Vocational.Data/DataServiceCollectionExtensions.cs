using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Data.Auditing;
using Zmd.Vocational.Data.Providers;

namespace Zmd.Vocational.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the provider's DbContext and exposes it as <see cref="VocationalDbContext"/> and as plain
    /// <see cref="DbContext"/> for the modules.</summary>
    public static IServiceCollection AddVocationalData(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<AuditingInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteVocationalDbContext>((sp, o) => o
                    .UseSqlite(options.ConnectionString, s => s.MigrationsHistoryTable("__EFMigrationsHistory"))
                    .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<SqliteWriteQueueInterceptor>()));
                services.AddSingleton(new SqliteWriteQueueInterceptor(options.SqliteWriteWait));
                services.AddScoped<VocationalDbContext>(sp => sp.GetRequiredService<SqliteVocationalDbContext>());
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<PostgreSqlVocationalDbContext>((sp, o) => o
                    .UseNpgsql(options.ConnectionString, n => n.EnableRetryOnFailure(3))
                    .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                services.AddScoped<VocationalDbContext>(sp => sp.GetRequiredService<PostgreSqlVocationalDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {options.Provider}.");
        }

        services.AddScoped<DbContext>(sp => sp.GetRequiredService<VocationalDbContext>());
        return services;
    }

    /// <summary>The SQLite file path of a connection string, made absolute, so its folder can be created.</summary>
    public static string? SqliteFilePath(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrWhiteSpace(source) || source == ":memory:" ? null : Path.GetFullPath(source);
    }
}
