using Microsoft.EntityFrameworkCore;

namespace Zmd.Vocational.Core.Data;

/// <summary>Serializes units of work on the same thing (one school's dataset of one year) across requests and processes.</summary>
public static class TransactionLocks
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Waits until no other transaction holds <paramref name="key"/>, then holds it until this transaction ends.
    /// PostgreSQL: a transaction-scoped advisory lock, so that under READ COMMITTED a second writer waits for the first
    /// and then sees its committed rows (without it both would delete the old rows and both insert: a sum of two files).
    /// SQLite: nothing to do, its transactions begin IMMEDIATE after their turn in the database's write queue (one writer
    /// at a time, in arrival order; Zmd.Vocational.Data's SqliteWriteQueue).</summary>
    public static async Task LockAsync(this DbContext db, string key, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A transaction lock needs an open transaction.");
        }

        if (db.Database.ProviderName == Npgsql)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", ct);
        }
    }
}
