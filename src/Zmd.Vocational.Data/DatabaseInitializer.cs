using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zmd.Vocational.Core.Seeding;

namespace Zmd.Vocational.Data;

/// <summary>Creates and migrates the database, then runs every module's seed contributor in order
/// (ABP's DbMigrator). Safe to run on every start: migrations and seeds are idempotent.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, DatabaseOptions options, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (options.Provider == DatabaseProvider.Sqlite && DataServiceCollectionExtensions.SqliteFilePath(options.ConnectionString) is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VocationalDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            // Only when there is something to apply: MigrateAsync takes EF's database lock, and on SQLite a process killed
            // while holding it (a CLI stopped during start-up) leaves the lock row behind, after which every start waits.
            await ReleaseStaleSqliteLockAsync(db, ct);
            await db.Database.MigrateAsync(ct);
        }
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets pages read while an import writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (pending.Count > 0)
        {
            logger.LogInformation("Applied {Count} migrations ({Provider}): {Names}", pending.Count, options.Provider, string.Join(", ", pending));
        }
    }

    /// <summary>Removes a SQLite migration lock older than ten minutes: no migration of ours takes that long, so its
    /// holder is gone. (On PostgreSQL the lock belongs to a database session and ends with it.)</summary>
    private async Task ReleaseStaleSqliteLockAsync(VocationalDbContext db, CancellationToken ct)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        // A new database has no lock table yet: nothing to release (and no failed command in the log).
        var hasLockTable = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(ct) > 0;
        if (!hasLockTable)
        {
            return;
        }

        var removed = await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"__EFMigrationsLock\" WHERE julianday('now') - julianday(\"Timestamp\") > 10.0 / 1440", ct);
        if (removed > 0)
        {
            logger.LogWarning("Removed a stale migration lock left by a process that was stopped while migrating.");
        }
    }

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var contributors = scope.ServiceProvider.GetServices<IDataSeedContributor>().OrderBy(c => c.Order).ToList();
        var db = scope.ServiceProvider.GetRequiredService<VocationalDbContext>();
        // One transaction: a seed that fails half-way leaves nothing half-seeded.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var contributor in contributors)
            {
                await contributor.SeedAsync(context, ct);
            }

            await transaction.CommitAsync(ct);
        });
    }

    public async Task InitializeAsync(DataSeedContext context, CancellationToken ct = default)
    {
        await MigrateAsync(ct);
        await SeedAsync(context, ct);
    }
}
