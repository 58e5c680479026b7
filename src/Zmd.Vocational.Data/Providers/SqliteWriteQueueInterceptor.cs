using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zmd.Vocational.Data.Providers;

/// <summary>Puts the SQLite context's transactions in their database's <see cref="SqliteWriteQueue"/>: EF creates its
/// connections as <see cref="QueuedSqliteConnection"/>, and an asynchronous begin awaits its turn before the connection
/// begins. With <c>AutoTransactionBehavior.Always</c> on the context (<see cref="SqliteVocationalDbContext"/>) every
/// SaveChanges is such a transaction, so every write of the web host goes through the queue.</summary>
internal sealed class SqliteWriteQueueInterceptor(TimeSpan wait) : IDbConnectionInterceptor, IDbTransactionInterceptor
{
    public InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result)
    {
        var connectionString = eventData.ConnectionString
            ?? throw new InvalidOperationException("The SQLite context is configured without a connection string.");
        return InterceptionResult<DbConnection>.SuppressWithResult(
            new QueuedSqliteConnection(connectionString, SqliteWriteQueue.For(connectionString), wait));
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (connection is QueuedSqliteConnection queued)
        {
            await queued.TakeTurnAsync(cancellationToken);
        }

        return result;
    }
}
