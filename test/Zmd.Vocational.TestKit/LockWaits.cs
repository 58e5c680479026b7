using Npgsql;

namespace Zmd.Vocational.TestKit;

/// <summary>Tells a race test that a request of the host now waits for a lock another request holds (a request held at a
/// fault point inside its transaction): only then does releasing the holder test what the waiter does after the wait.</summary>
public static class LockWaits
{
    /// <summary>Returns once some session of the test database waits for a lock (PostgreSQL: <c>pg_stat_activity</c>'s
    /// wait event of type Lock: an advisory lock, a row) or <paramref name="waiter"/> has ended (it did not wait: the test's
    /// assertions then find what it did). On SQLite it returns at once: the host's write transactions take their turn in
    /// the write queue before they begin, so a writer cannot read or write anything until the holder has committed.</summary>
    public static async Task UntilWaitingAsync(TestDatabase database, Task waiter)
    {
        if (database.Provider != "PostgreSql")
        {
            return;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        // Looked at again and again until it is so (a condition, not a guess at how long anything takes); a request that
        // never gets there fails the test after two minutes instead of hanging it.
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!waiter.IsCompleted && (long)(await command.ExecuteScalarAsync(giveUp.Token))! == 0)
        {
            await Task.Delay(10, giveUp.Token);
        }
    }
}
