using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Zmd.Vocational.Data.Providers;

/// <summary>The writers of one SQLite database file in this process, one at a time, in the order they asked.
/// Why: SQLite has one writer at a time, and a writer that finds the file locked polls for it until its busy timeout.
/// Polling is a lottery, not a line: at the filing deadline one upload could lose every draw and be refused after 30 s
/// while later ones went through. Here the waiters queue (SemaphoreSlim serves asynchronous waiters first in, first out)
/// and the busy timeout is left for writers in other processes (the CLI).</summary>
[SuppressMessage("Design", "CA1001", Justification = "One queue per database file, kept for the life of the process.")]
internal sealed class SqliteWriteQueue
{
    private static readonly ConcurrentDictionary<string, SqliteWriteQueue> ByDatabase = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>The queue of the database a connection string names (by its full path: two spellings, one file).</summary>
    public static SqliteWriteQueue For(string connectionString) =>
        ByDatabase.GetOrAdd(DataServiceCollectionExtensions.SqliteFilePath(connectionString) ?? connectionString, _ => new SqliteWriteQueue());

    /// <summary>Waits for this writer's turn, at most <paramref name="wait"/>; past it the write is refused as busy, as
    /// SQLite itself refuses it (the caller answers with a conflict asking to try again).</summary>
    public async Task EnterAsync(TimeSpan wait, CancellationToken ct)
    {
        if (!await _turn.WaitAsync(wait, ct))
        {
            throw TimedOut(wait);
        }
    }

    /// <summary>The same for a synchronous caller (blocks its thread; the web host's writes come through <see cref="EnterAsync"/>).</summary>
    public void Enter(TimeSpan wait)
    {
        if (!_turn.Wait(wait))
        {
            throw TimedOut(wait);
        }
    }

    public void Leave() => _turn.Release();

    private static SqliteException TimedOut(TimeSpan wait) =>
        new($"database is locked: other writes of this process held it for {wait.TotalSeconds:0} s", SQLitePCL.raw.SQLITE_BUSY);
}
