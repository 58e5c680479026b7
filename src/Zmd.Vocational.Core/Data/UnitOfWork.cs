using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zmd.Vocational.Core.Diagnostics;

namespace Zmd.Vocational.Core.Data;

/// <summary>One transaction around a unit of work that saves more than once (rows, then figures derived from them).</summary>
public static class UnitOfWork
{
    /// <summary>Runs <paramref name="work"/> in a transaction. When the caller has one open already (the start-up seed, a
    /// bulk load of many files) the work takes part in it. Otherwise a transaction is opened under the execution strategy,
    /// which on PostgreSQL may re-run the whole work after a transient failure, so the work must be safe to repeat; on
    /// failure the rollback undoes the database and the change tracker is cleared, so nothing half-done is saved later.
    /// <paramref name="name"/> names the unit for the fault tests: its point <c>&lt;name&gt;.before-commit</c> is reached
    /// after the work's writes and before the commit, and its point <c>&lt;name&gt;.before-begin</c> before its transaction
    /// begins (see <see cref="FaultPoints"/>).</summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, string name, Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        var faults = FaultPointsOf(db);
        await faults.ReachAsync(FaultPoints.BeforeBegin(name));
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await work();
                await faults.ReachAsync(FaultPoints.BeforeCommit(name));
                await transaction.CommitAsync(ct);
                return result;
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
        });
    }

    /// <summary>A unit of work on one thing that others may change meanwhile (a report edition, the city figures of a year,
    /// a school's filing): its transaction first takes the thing's lock (<see cref="TransactionLocks.LockAsync"/>), so a
    /// state <paramref name="work"/> reads and checks (still a draft, still editable) stays true until it commits. Every
    /// writer and every transition of that thing must come through here with the same <paramref name="lockKey"/>; a check
    /// made earlier, outside (before a slow render or upload), is only a quick refusal and must be made again inside.</summary>
    public static Task<T> InLockedTransactionAsync<T>(this DbContext db, string name, string lockKey, Func<Task<T>> work, CancellationToken ct) =>
        db.InTransactionAsync(name, async () =>
        {
            await db.LockAsync(lockKey, ct);
            return await work();
        }, ct);

    /// <summary>The application's fault points, or none for a context built without the application's services.</summary>
    private static FaultPoints FaultPointsOf(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(FaultPoints)) as FaultPoints
        ?? FaultPoints.Off;
}
