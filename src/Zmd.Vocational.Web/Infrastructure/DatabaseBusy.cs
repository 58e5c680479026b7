using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>Recognizes a write that could not get its lock in time: on SQLite its turn in the write queue did not come
/// within Database:SqliteWriteWaitSeconds, or another process (the CLI) held the file past the busy timeout, 30 s by
/// default. The caller gets a conflict asking to try again, not a 500.</summary>
internal static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked:
                case PostgresException postgres when postgres.SqlState is PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected:
                    return true;
            }
        }

        return false;
    }
}
