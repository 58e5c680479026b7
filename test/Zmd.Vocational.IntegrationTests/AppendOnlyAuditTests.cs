using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>The data change log and the security log are append-only for everyone: the application refuses to save a
/// change or deletion of an entry (and then nothing else of that save), and the database refuses UPDATE, DELETE and
/// TRUNCATE of those tables even for SQL that bypasses the application.</summary>
public sealed class AppendOnlyAuditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] Tables = ["SysEntityChanges", "SysPropertyChanges", "IdnSecurityLog"];

    private async Task<SchoolDto> AuditedSchoolAsync(HttpClient admin, string code)
    {
        var input = new { code, name = "只追加测试学校" + code, type = "SecondaryVocational", countyCode = "411721", ownership = "Private", isActive = true };
        return await (await admin.PostJsonAsync("/api/schools", input)).ReadAsync<SchoolDto>();
    }

    private async Task<(EntityChange Change, int Changes, int Properties, int SecurityLog)> SnapshotAsync(Guid schoolId)
    {
        await using var scope = fixture.App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var change = await db.Set<EntityChange>().AsNoTracking().Include(c => c.Properties)
            .SingleAsync(c => c.EntityType == "School" && c.EntityId == schoolId.ToString() && c.Kind == EntityChangeKind.Created);
        return (change, await db.Set<EntityChange>().CountAsync(), await db.Set<PropertyChange>().CountAsync(),
            await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"IdnSecurityLog\"").SingleAsync());
    }

    private static void ShouldBeTheSame(EntityChange after, EntityChange before)
    {
        after.UserName.ShouldBe(before.UserName);
        after.ChangedAt.ShouldBe(before.ChangedAt);
        after.Kind.ShouldBe(before.Kind);
        after.Properties.OrderBy(p => p.PropertyName).Select(p => (p.PropertyName, p.OldValue, p.NewValue))
            .ShouldBe(before.Properties.OrderBy(p => p.PropertyName).Select(p => (p.PropertyName, p.OldValue, p.NewValue)));
    }

    [Fact]
    public async Task The_application_refuses_to_change_or_delete_an_entry_and_stores_nothing_else_of_that_save()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var school = await AuditedSchoolAsync(admin, "3141179921");
        var before = await SnapshotAsync(school.Id);

        await using (var scope = fixture.App.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var entry = await db.Set<EntityChange>().Include(c => c.Properties).SingleAsync(c => c.Id == before.Change.Id);
            entry.UserName = "someone-else";
            entry.Properties[0].NewValue = "forged";
            db.Add(new EntityChange { EntityType = "Forged", EntityId = "1", ChangedAt = DateTime.UtcNow });
            var modified = await Should.ThrowAsync<BusinessException>(() => db.SaveChangesAsync());
            modified.Code.ShouldBe(CoreErrorCodes.AppendOnly);
            modified.Kind.ShouldBe(ErrorKind.Forbidden);

            db.ChangeTracker.Clear();
            db.Remove(await db.Set<EntityChange>().Include(c => c.Properties).SingleAsync(c => c.Id == before.Change.Id));
            (await Should.ThrowAsync<BusinessException>(() => db.SaveChangesAsync())).Code.ShouldBe(CoreErrorCodes.AppendOnly);
        }

        var after = await SnapshotAsync(school.Id);
        ShouldBeTheSame(after.Change, before.Change);
        after.Changes.ShouldBe(before.Changes, "the forged entry added in the refused save was not stored either");
        after.Properties.ShouldBe(before.Properties);
    }

    [Fact]
    public async Task The_database_refuses_update_delete_and_truncate_through_the_apps_own_connection()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var school = await AuditedSchoolAsync(admin, "3141179922");
        var before = await SnapshotAsync(school.Id);
        before.SecurityLog.ShouldBeGreaterThan(0);

        await using (var scope = fixture.App.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var id = before.Change.Id;
            var attempts = new List<Func<Task>>
            {
                () => db.Set<EntityChange>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.UserName, "someone-else")),
                () => db.Set<PropertyChange>().Where(p => p.EntityChangeId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.NewValue, "forged")),
                () => db.Set<EntityChange>().Where(c => c.Id == id).ExecuteDeleteAsync(),
                () => db.Set<PropertyChange>().ExecuteDeleteAsync(),
            };
            // Emptying a table: TRUNCATE on PostgreSQL; SQLite has no TRUNCATE, its DELETE without WHERE is the same.
            var clear = db.Database.IsNpgsql() ? "TRUNCATE TABLE \"{0}\" CASCADE" : "DELETE FROM \"{0}\"";
            foreach (var table in Tables)
            {
                // The table names are this test's own constants, not input.
                var update = "UPDATE \"" + table + "\" SET \"Id\" = \"Id\"";
                var delete = "DELETE FROM \"" + table + "\"";
                var empty = string.Format(System.Globalization.CultureInfo.InvariantCulture, clear, table);
                attempts.Add(() => db.Database.ExecuteSqlRawAsync(update));
                attempts.Add(() => db.Database.ExecuteSqlRawAsync(delete));
                attempts.Add(() => db.Database.ExecuteSqlRawAsync(empty));
            }

            foreach (var attempt in attempts)
            {
                var refused = await Should.ThrowAsync<Exception>(attempt);
                refused.ToString().ShouldContain("Audit:AppendOnly");
            }
        }

        var after = await SnapshotAsync(school.Id);
        ShouldBeTheSame(after.Change, before.Change);
        after.Changes.ShouldBe(before.Changes);
        after.Properties.ShouldBe(before.Properties);
        after.SecurityLog.ShouldBeGreaterThanOrEqualTo(before.SecurityLog);

        // Normal auditing still appends: an edit adds an entry, a sign-in adds to the security log.
        var edit = new { code = school.Code, name = school.Name + "（更名）", type = "SecondaryVocational", countyCode = "411721", ownership = "Private", isActive = true };
        (await admin.PutJsonAsync($"/api/schools/{school.Id}", edit)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var _ = await fixture.App.LoginAsync("analyst");
        var appended = await SnapshotAsync(school.Id);
        appended.Changes.ShouldBe(after.Changes + 1);
        appended.SecurityLog.ShouldBeGreaterThan(after.SecurityLog);
    }

    [Fact]
    public async Task Migrating_down_drops_the_triggers_and_up_again_restores_them()
    {
        await using var app = await TestApp.StartAsync();
        using (await app.LoginAsync("admin"))
        {
        }

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var migrator = db.GetService<IMigrator>();
        const string Rewrite = "UPDATE \"IdnSecurityLog\" SET \"UserName\" = 'rewritten' WHERE \"UserName\" = 'admin'";
        (await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(Rewrite))).ToString().ShouldContain("Audit:AppendOnly");

        await migrator.MigrateAsync("ReportEditions");
        (await db.Database.ExecuteSqlRawAsync(Rewrite)).ShouldBeGreaterThan(0, "without the triggers the table is writable again");

        await migrator.MigrateAsync();
        (await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"IdnSecurityLog\""))).ToString().ShouldContain("Audit:AppendOnly");
        (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"IdnSecurityLog\"").SingleAsync()).ShouldBeGreaterThan(0);
    }
}
