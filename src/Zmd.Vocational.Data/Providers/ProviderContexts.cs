using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Data.Providers;

/// <summary>One subclass per provider so each has its own migration set (Migrations/Sqlite, Migrations/PostgreSql).</summary>
public sealed class SqliteVocationalDbContext : VocationalDbContext
{
    public SqliteVocationalDbContext(DbContextOptions<SqliteVocationalDbContext> options, ICurrentUser currentUser)
        : base(options, currentUser)
    {
        // Even a one-statement SaveChanges runs in a transaction, so that it too waits its turn in the write queue
        // (SqliteWriteQueueInterceptor) instead of polling for the lock against the queue's writers.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }
}

public sealed class PostgreSqlVocationalDbContext(DbContextOptions<PostgreSqlVocationalDbContext> options, ICurrentUser currentUser)
    : VocationalDbContext(options, currentUser);
