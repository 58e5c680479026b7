using System.Data;
using Microsoft.Data.Sqlite;

namespace Zmd.Vocational.Data.Providers;

/// <summary>A SQLite connection whose transactions take their turn in the database's <see cref="SqliteWriteQueue"/>:
/// the turn is taken before BEGIN and given back when the transaction ends however it ends (commit, rollback, dispose:
/// SqliteTransaction clears the connection's <see cref="Transaction"/> in every case). Every transaction queues, read
/// ones included: on this database they all begin IMMEDIATE, which takes the write lock anyway.</summary>
internal sealed class QueuedSqliteConnection(string connectionString, SqliteWriteQueue queue, TimeSpan wait) : SqliteConnection(connectionString)
{
    private bool _holdsTurn;

    /// <summary>EF's asynchronous begin waits here first (<see cref="SqliteWriteQueueInterceptor"/>) without blocking a
    /// thread; Microsoft.Data.Sqlite then begins synchronously, and finds the turn already held.</summary>
    public async Task TakeTurnAsync(CancellationToken ct)
    {
        if (!_holdsTurn)
        {
            await queue.EnterAsync(wait, ct);
            _holdsTurn = true;
        }
    }

    public override SqliteTransaction BeginTransaction(IsolationLevel isolationLevel, bool deferred)
    {
        if (!_holdsTurn)
        {
            queue.Enter(wait);
            _holdsTurn = true;
        }

        try
        {
            return base.BeginTransaction(isolationLevel, deferred);
        }
        catch
        {
            GiveTurnBack();
            throw;
        }
    }

    protected override SqliteTransaction? Transaction
    {
        get => base.Transaction;
        set
        {
            base.Transaction = value;
            if (value is null)
            {
                GiveTurnBack();
            }
        }
    }

    /// <summary>Closing (disposing closes too) ends an open transaction and so gives the turn back; this also covers a turn
    /// taken for a begin that then never happened.</summary>
    public override void Close()
    {
        base.Close();
        GiveTurnBack();
    }

    private void GiveTurnBack()
    {
        if (_holdsTurn)
        {
            _holdsTurn = false;
            queue.Leave();
        }
    }
}
