using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>Reference data is seeded on every start without duplicates; demo users only when asked; SQLite runs in WAL mode.</summary>
public sealed class SeedingTests
{
    [Fact]
    public async Task Restarting_on_the_same_database_seeds_nothing_twice_and_keeps_the_bureaus_edits()
    {
        await using var database = await TestDatabase.CreateAsync();
        int schools, targets, grants;
        Guid editedId;
        await using (var first = await TestApp.StartAsync(demo: true, database: database))
        {
            using var admin = await first.LoginAsync("admin");
            var list = await admin.GetJsonAsync<List<SchoolDto>>("/api/schools");
            schools = list.Count;
            targets = (await admin.GetJsonAsync<List<TargetDto>>("/api/targets")).Count;
            grants = await CountAsync(first, "IdnPermissionGrants");
            var school = list.First(s => s.Code == "3141172801");
            editedId = school.Id;
            var edit = new { code = school.Code, name = "遂平县职业教育中心（更名）", type = school.Type, countyCode = school.CountyCode, ownership = school.Ownership, isActive = true };
            (await admin.PutJsonAsync($"/api/schools/{school.Id}", edit)).IsSuccessStatusCode.ShouldBeTrue();
        }

        await using var second = await TestApp.StartAsync(demo: true, database: database);
        using var again = await second.LoginAsync("admin");
        var after = await again.GetJsonAsync<List<SchoolDto>>("/api/schools");
        after.Count.ShouldBe(schools);
        after.Single(s => s.Id == editedId).Name.ShouldBe("遂平县职业教育中心（更名）");
        (await again.GetJsonAsync<List<TargetDto>>("/api/targets")).Count.ShouldBe(targets);
        (await CountAsync(second, "IdnPermissionGrants")).ShouldBe(grants);
        (await CountAsync(second, "IdnUsers")).ShouldBe(6);
    }

    [Fact]
    public async Task Without_demo_seeding_there_are_no_demo_accounts()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        (await CountAsync(app, "IdnUsers")).ShouldBe(0);
        (await CountAsync(app, "InstSchools")).ShouldBeGreaterThan(0);
        (await CountAsync(app, "InstMajors")).ShouldBeGreaterThan(50);
        (await CountAsync(app, "InstCounties")).ShouldBe(14);
    }

    [Fact]
    public async Task A_migration_lock_left_by_a_killed_process_does_not_stop_the_next_start()
    {
        await using var database = await TestDatabase.CreateAsync(postgres: false);
        await using (var first = await TestApp.StartAsync(demo: false, database: database))
        {
            await using var scope = first.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            // What EF leaves behind when the process holding its migration lock is killed.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-01-01 00:00:00')");
        }

        var restart = TestApp.StartAsync(demo: false, database: database);
        var finished = await Task.WhenAny(restart, Task.Delay(TimeSpan.FromSeconds(60)));
        finished.ShouldBe(restart, "the app must start although a stale migration lock is in the database");
        await using var second = await restart;
        using var client = second.CreateClient();
        (await client.GetAsync("/health")).IsSuccessStatusCode.ShouldBeTrue();
    }

    [Fact]
    public async Task Sqlite_database_is_in_wal_mode()
    {
        await using var app = await TestApp.StartAsync(demo: false, postgres: false);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();
        mode.ShouldBe("wal");
    }

    private static async Task<int> CountAsync(TestApp app, string table)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        // Table names are the test's own constants, never input.
        var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
    }
}
