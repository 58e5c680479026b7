using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Operations;

/// <summary>The SQLite host's writes wait in line for the one write lock (SqliteWriteQueue), in the order they came, for
/// up to Database:SqliteWriteWaitSeconds; SQLite's own busy timeout (here one second) no longer decides who is refused.
/// The turn is given back however a transaction ends.</summary>
public sealed class SqliteWriteQueueTests
{
    private static readonly TimeSpan Hold = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task Writers_wait_their_turn_in_the_order_they_came_even_past_the_busy_timeout()
    {
        await using var database = await TestDatabase.CreateAsync(postgres: false);
        await using var app = await StartAsync(database, demo: false);
        await CreateArrivalsTableAsync(app);

        // A first write, so that none of the six below spends its head start compiling EF's code paths.
        await WriteArrivalAsync(app, 0, TimeSpan.Zero);

        // Six writers, each holding the write lock 0.4 s, arriving 150 ms apart: the last waits about 1.6 s, past SQLite's
        // one-second busy timeout here. Polling for the lock, some would be refused, and not necessarily the last.
        var clock = Stopwatch.StartNew();
        var writers = new List<Task>();
        for (var writer = 1; writer <= 6; writer++)
        {
            // Each on a thread of its own, as requests are: Microsoft.Data.Sqlite waits for the lock on the calling thread.
            var arriving = writer;
            writers.Add(Task.Run(() => WriteArrivalAsync(app, arriving, Hold)));
            await Task.Delay(150);
        }

        await Task.WhenAll(writers);
        // Together they would be done in about 1.2 s (the last starts at 0.75 s); one at a time they take 2.4 s (less a
        // timer's early tick).
        clock.Elapsed.ShouldBeGreaterThan(Hold * 6 - TimeSpan.FromMilliseconds(100), "one writer at a time");
        (await ArrivalsAsync(database)).ShouldBe(["0", "1", "2", "3", "4", "5", "6"], "first come, first served");
    }

    [Fact]
    public async Task A_write_that_waits_past_its_limit_is_refused_as_busy_and_the_line_moves_on_after_every_kind_of_end()
    {
        await using var database = await TestDatabase.CreateAsync(postgres: false);
        await using var app = await StartAsync(database, demo: false, writeWaitSeconds: 1);
        await CreateArrivalsTableAsync(app);

        var holder = Task.Run(() => WriteArrivalAsync(app, 1, TimeSpan.FromSeconds(2.5)));
        await Task.Delay(200);
        var waited = Stopwatch.StartNew();
        var refused = await Should.ThrowAsync<SqliteException>(() => Task.Run(() => WriteArrivalAsync(app, 2, TimeSpan.Zero)));
        refused.SqliteErrorCode.ShouldBe(5, "SQLITE_BUSY, which the web host answers with 409 Core:Busy");
        waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2), "refused after its one-second wait, not after the holder");
        await holder;

        // A unit of work that fails rolls back and gives the turn back.
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            await Should.ThrowAsync<InvalidOperationException>(() => db.InTransactionAsync<int>("test.fails", async () =>
            {
                await db.Database.ExecuteSqlRawAsync("INSERT INTO QueueArrivals(Writer) VALUES (3)");
                throw new InvalidOperationException("the work failed");
            }, CancellationToken.None));
        }

        // A synchronous transaction disposed without commit or rollback gives it back too.
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            using var transaction = db.Database.BeginTransaction();
            db.Database.ExecuteSqlRaw("INSERT INTO QueueArrivals(Writer) VALUES (4)");
        }

        // Had any of those kept the turn, this write would be refused after its one-second wait.
        await WriteArrivalAsync(app, 5, TimeSpan.Zero);
        (await ArrivalsAsync(database)).ShouldBe(["1", "5"], "the refused, failed and abandoned writes stored nothing");
    }

    [Fact]
    public async Task Requests_that_write_wait_behind_a_long_write_instead_of_failing_after_the_busy_timeout()
    {
        await using var database = await TestDatabase.CreateAsync(postgres: false);
        await using var app = await StartAsync(database, demo: true);
        await CreateArrivalsTableAsync(app);
        using var system = await ApiTokenScopeTests.TokenClientAsync(app, "filer", ApiTokenScopes.Read, days: 7);
        using var admin = await app.LoginAsync("admin");

        await using (var scope = app.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<DbContext>().Database.AutoTransactionBehavior
                .ShouldBe(AutoTransactionBehavior.Always, "even a one-statement SaveChanges takes its turn");
        }

        var holder = Task.Run(() => WriteArrivalAsync(app, 1, TimeSpan.FromSeconds(2)));
        await Task.Delay(200);
        var waited = Stopwatch.StartNew();
        // The token's first use records when it was used (a one-statement update); the admin creates a school.
        var read = system.GetAsync("/api/schools");
        var created = admin.PostJsonAsync("/api/schools", NewSchool());
        (await read).StatusCode.ShouldBe(HttpStatusCode.OK);
        var createdResponse = await created;
        createdResponse.StatusCode.ShouldBe(HttpStatusCode.Created, await createdResponse.Content.ReadAsStringAsync());
        waited.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1.5), "both waited for the long write");
        await holder;
    }

    private static Task<TestApp> StartAsync(TestDatabase database, bool demo, int? writeWaitSeconds = null)
    {
        var settings = new Dictionary<string, string>
        {
            // SQLite's own wait for the lock, one second instead of thirty: what the queue must make irrelevant.
            ["ConnectionStrings:Default"] = database.ConnectionString + ";Default Timeout=1",
        };
        if (writeWaitSeconds is { } seconds)
        {
            settings["Database:SqliteWriteWaitSeconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return TestApp.StartAsync(demo: demo, database: database, settings: settings);
    }

    /// <summary>One unit of work of the host's own DbContext: records its writer, then keeps the transaction open.</summary>
    private static async Task WriteArrivalAsync(TestApp app, int writer, TimeSpan hold)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        await db.InTransactionAsync("test.arrival", async () =>
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO QueueArrivals(Writer) VALUES ({0})", writer);
            await Task.Delay(hold);
            return writer;
        }, CancellationToken.None);
    }

    private static async Task CreateArrivalsTableAsync(TestApp app)
    {
        await using var scope = app.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DbContext>().Database
            .ExecuteSqlRawAsync("CREATE TABLE QueueArrivals(Id INTEGER PRIMARY KEY AUTOINCREMENT, Writer INTEGER NOT NULL)");
    }

    private static Task<List<string>> ArrivalsAsync(TestDatabase database) =>
        DatabaseDump.ColumnAsync(database, "SELECT Writer FROM QueueArrivals ORDER BY Id");

    private static object NewSchool() =>
        new { code = "3141179931", name = "排队写入测试学校", type = "SecondaryVocational", countyCode = "411721", ownership = "Private", isActive = true };
}
