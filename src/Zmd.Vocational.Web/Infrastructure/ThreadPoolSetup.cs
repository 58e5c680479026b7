namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>Enough thread-pool threads from the start for a crowd. Microsoft.Data.Sqlite runs every command on the
/// calling thread (its async methods complete synchronously) and waits for SQLite's write lock by sleeping on that
/// thread, so at the filing deadline each waiting upload or approval holds a pool thread. The pool adds threads beyond
/// its minimum (one per core) only about one or two a second, and meanwhile every request, reads included, queues
/// behind the sleepers: measured with 200 users on SQLite, page p95 went to 12 s with the machine's CPU half idle.
/// Idle threads cost only their stacks, so the minimum is raised (setting <c>Hosting:MinThreads</c>, default 128).
/// The host's own writers now wait for their turn without a thread (SqliteWriteQueue); the SQL itself, and a wait for a
/// lock another process holds, still block a thread each.</summary>
internal static class ThreadPoolSetup
{
    public const int DefaultMinThreads = 128;

    public static void Apply(IConfiguration configuration)
    {
        var wanted = configuration.GetValue("Hosting:MinThreads", DefaultMinThreads);
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (wanted > workers)
        {
            ThreadPool.SetMinThreads(wanted, Math.Max(io, wanted));
        }
    }
}
