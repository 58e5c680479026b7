using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Data;
using Zmd.Vocational.Data.Providers;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Operations;

/// <summary>`zmd backup` and `zmd restore` on the provider under test (SQLite, or PostgreSQL with ZMD_TEST_PROVIDER):
/// what the bureau built through the API comes back whole, a backup taken under writes is consistent, and nothing is
/// ever restored over existing data or from a damaged file.</summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Filings_audit_entries_and_a_published_report_come_back_whole_after_backup_and_restore()
    {
        await using var app = await TestApp.StartAsync();
        var (reportId, reportHtml) = await BuildContentAsync(app);
        using var analyst = await app.LoginAsync("analyst");
        var filings = await analyst.GetStringAsync($"/api/filing/filings?year={Year}");
        JsonSerializer.Deserialize<List<FilingDto>>(filings, TestApp.Json)!.Count(f => f.State == FilingState.Approved).ShouldBe(3);

        var folder = Directory.CreateTempSubdirectory("zmd-backup-").FullName;
        var file = Path.Combine(folder, "zmd.backup");
        var backup = await Zmd.RunAsync(app.Database, "backup", "--out", file);
        backup.ExitCode.ShouldBe(0, backup.ToString());
        backup.Out.ShouldContain("备份完成");
        backup.Out.ShouldContain(new FileInfo(file).Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes");

        // Taken while the host runs: compare with the source as it is now (the logins above are in its security log).
        var counts = await DatabaseDump.RowCountsAsync(app.Database);
        var audit = new Dictionary<string, List<string>>();
        foreach (var table in DatabaseDump.AuditTables)
        {
            audit[table] = await DatabaseDump.RowsAsync(app.Database, table);
        }

        audit["SysEntityChanges"].Count.ShouldBeGreaterThan(10);
        audit["IdnSecurityLog"].Count.ShouldBeGreaterThan(3);

        await using var restored = await TestDatabase.CreateAsync();
        var restore = await Zmd.RunAsync(restored, "restore", file);
        restore.ExitCode.ShouldBe(0, restore.ToString());
        restore.Out.ShouldContain("已恢复");
        restore.Out.ShouldContain("数据库结构已是最新");

        // Row for row, before the restored host writes anything of its own: every table's count, every audit row.
        (await DatabaseDump.RowCountsAsync(restored)).ShouldBe(counts);
        foreach (var table in DatabaseDump.AuditTables)
        {
            (await DatabaseDump.RowsAsync(restored, table)).ShouldBe(audit[table], $"{table} after the restore");
        }

        await using var second = await TestApp.StartAsync(demo: false, database: restored);
        using var analyst2 = await second.LoginAsync("analyst");
        (await analyst2.GetStringAsync($"/api/filing/filings?year={Year}")).ShouldBe(filings);
        var download = await analyst2.GetAsync($"/api/reports/{reportId}/download?format=html");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(reportHtml);
        (await analyst2.GetJsonAsync<VerificationDto>($"/api/reports/{reportId}/verify")).Valid.ShouldBeTrue();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_uploads_replace_a_roster_is_consistent_and_restores()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await app.LoginAsync("admin");
        await OpenYearAsync(admin);

        // Each upload replaces school A's roster in one transaction, alternating 40 and 70 rows: a consistent copy has
        // the filing's row count equal to the rows stored, whichever upload it caught.
        using var writing = new CancellationTokenSource();
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var completed = 0;
        var writer = Task.Run(async () =>
        {
            for (var n = 0; !writing.IsCancellationRequested; n++)
            {
                var rows = n % 2 == 0 ? 40 : 70;
                (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(rows, 1 + n % 7)))).EnsureSuccessStatusCode();
                if (Interlocked.Increment(ref completed) == 2)
                {
                    running.SetResult();
                }
            }
        });
        await Task.WhenAny(running.Task, writer);
        running.Task.IsCompletedSuccessfully.ShouldBeTrue($"the uploads run: {writer.Exception}");

        var folder = Directory.CreateTempSubdirectory("zmd-backup-").FullName;
        var file = Path.Combine(folder, "busy.backup");
        var before = Volatile.Read(ref completed);
        var backup = await Zmd.RunAsync(app.Database, "backup", "--out", file);
        var during = Volatile.Read(ref completed) - before;
        await writing.CancelAsync();
        await writer;
        backup.ExitCode.ShouldBe(0, backup.ToString());
        during.ShouldBeGreaterThan(0, "uploads kept committing while the backup ran");

        await using var restored = await TestDatabase.CreateAsync();
        var restore = await Zmd.RunAsync(restored, "restore", file);
        restore.ExitCode.ShouldBe(0, restore.ToString());
        var filed = await DatabaseDump.ScalarAsync(restored,
            $"SELECT f.\"RowCount\" FROM \"FilFilings\" f JOIN \"InstSchools\" s ON s.\"Id\" = f.\"SchoolId\" WHERE s.\"Code\" = '{SchoolA}' AND f.\"Year\" = {Year} AND f.\"DatasetCode\" = 'students'");
        var stored = await DatabaseDump.ScalarAsync(restored,
            $"SELECT COUNT(*) FROM \"EnrStudents\" e JOIN \"InstSchools\" s ON s.\"Id\" = e.\"SchoolId\" WHERE s.\"Code\" = '{SchoolA}' AND e.\"Year\" = {Year}");
        filed.ShouldBeOneOf(40, 70);
        stored.ShouldBe(filed);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Restore_refuses_a_database_that_has_data_and_a_damaged_file_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        using (var admin = await app.LoginAsync("admin"))
        {
            await OpenYearAsync(admin);
        }

        var folder = Directory.CreateTempSubdirectory("zmd-backup-").FullName;
        var file = Path.Combine(folder, "good.backup");
        (await Zmd.RunAsync(app.Database, "backup", "--out", file)).ExitCode.ShouldBe(0);

        // An existing backup file is never overwritten.
        var again = await Zmd.RunAsync(app.Database, "backup", "--out", file);
        again.ExitCode.ShouldBe(2, again.ToString());
        again.Err.ShouldContain("已存在，不会覆盖");

        // Over a database with data: refused, every table as it was.
        var counts = await DatabaseDump.RowCountsAsync(app.Database);
        var audit = await DatabaseDump.RowsAsync(app.Database, "SysEntityChanges");
        var overData = await Zmd.RunAsync(app.Database, "restore", file);
        overData.ExitCode.ShouldBe(2, overData.ToString());
        overData.Err.ShouldContain("不是空的");
        overData.Err.ShouldContain("[Backup:TargetNotEmpty]");
        (await DatabaseDump.RowCountsAsync(app.Database)).ShouldBe(counts);
        (await DatabaseDump.RowsAsync(app.Database, "SysEntityChanges")).ShouldBe(audit);

        // In English when asked.
        var english = await Zmd.RunAsync(app.Database, new Dictionary<string, string> { ["ZMD_LANG"] = "en" }, "restore", file);
        english.ExitCode.ShouldBe(2);
        english.Err.ShouldContain("is not empty");

        // A truncated copy and a file that is no backup at all: refused with the file named, the target left empty.
        var truncated = Path.Combine(folder, "truncated.backup");
        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);
        var garbage = Path.Combine(folder, "notes.backup");
        await File.WriteAllTextAsync(garbage, "这不是备份文件 / not a backup");
        foreach (var damaged in new[] { truncated, garbage })
        {
            await using var empty = await TestDatabase.CreateAsync();
            var refused = await Zmd.RunAsync(empty, "restore", damaged);
            refused.ExitCode.ShouldBe(2, refused.ToString());
            refused.Err.ShouldContain(damaged);
            refused.Err.ShouldMatch(@"\[Backup:(InvalidFile|RestoreFailed)\]");
            (await DatabaseDump.RowCountsAsync(empty)).ShouldBeEmpty($"nothing may be left behind by {Path.GetFileName(damaged)}");
        }

        var missing = await Zmd.RunAsync(app.Database, "restore", Path.Combine(folder, "missing.backup"));
        missing.ExitCode.ShouldBe(2);
        missing.Err.ShouldContain("不存在");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Restoring_a_backup_of_an_older_version_brings_its_schema_forward()
    {
        // A database as the previous release left it: every migration but the last.
        await using var old = await TestDatabase.CreateAsync();
        List<string> migrations;
        await using (var db = Context(old))
        {
            migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        }

        (await DatabaseDump.ScalarAsync(old, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"")).ShouldBe(migrations.Count - 1);
        var folder = Directory.CreateTempSubdirectory("zmd-backup-").FullName;
        var file = Path.Combine(folder, "previous-release.backup");
        (await Zmd.RunAsync(old, "backup", "--out", file)).ExitCode.ShouldBe(0);

        await using var restored = await TestDatabase.CreateAsync();
        var restore = await Zmd.RunAsync(restored, "restore", file);
        restore.ExitCode.ShouldBe(0, restore.ToString());
        restore.Out.ShouldContain($"数据库结构已是最新（{migrations.Count} 个迁移）");
        (await DatabaseDump.ScalarAsync(restored, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"")).ShouldBe(migrations.Count);
        (await DatabaseDump.RowCountsAsync(restored)).Keys.ShouldContain("RepEditions");
        Directory.Delete(folder, recursive: true);
    }

    private static VocationalDbContext Context(TestDatabase database) => database.Provider == "PostgreSql"
        ? new PostgreSqlVocationalDbContext(new DbContextOptionsBuilder<PostgreSqlVocationalDbContext>().UseNpgsql(database.ConnectionString).Options, new SystemCurrentUser())
        : new SqliteVocationalDbContext(new DbContextOptionsBuilder<SqliteVocationalDbContext>().UseSqlite(database.ConnectionString).Options, new SystemCurrentUser());

    [Fact]
    public async Task An_unreachable_database_is_a_failure_with_a_message_not_a_crash()
    {
        await using var database = await TestDatabase.CreateAsync();
        var missing = database.Provider == "PostgreSql"
            ? new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "zmd_missing_" + Guid.NewGuid().ToString("N")[..8] }.ConnectionString
            : $"Data Source={Path.Combine(database.Folder, "absent", "zmd.db")}";
        var folder = Directory.CreateTempSubdirectory("zmd-backup-").FullName;
        var file = Path.Combine(folder, "never.backup");
        var backup = await Zmd.RunAsync(database, new Dictionary<string, string> { ["ConnectionStrings__Default"] = missing }, "backup", "--out", file);
        backup.ExitCode.ShouldBe(3, backup.ToString());
        backup.Err.ShouldMatch("(pg_dump 失败|要备份的数据库文件不存在)");
        backup.Err.ShouldNotContain("Unhandled exception");
        File.Exists(file).ShouldBeFalse();
        Directory.GetFiles(folder).ShouldBeEmpty("no partial file is left behind");
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Rosters and teacher lists uploaded, three of them submitted and approved (data change log), logins
    /// (security log) and a published city report.</summary>
    private static async Task<(Guid ReportId, byte[] Html)> BuildContentAsync(TestApp app)
    {
        using var admin = await app.LoginAsync("admin");
        await OpenYearAsync(admin);
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(120, 1)), SchoolA)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "teachers", RosterFiles.Utf8(RosterFiles.Teachers(12)), SchoolA)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(80, 1001)), SchoolB)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "teachers", RosterFiles.Utf8(RosterFiles.Teachers(5)), SchoolB)).EnsureSuccessStatusCode();

        using var filer = await app.LoginAsync("filer");
        using var filer2 = await app.LoginAsync("filer2");
        using var approver = await app.LoginAsync("approver");
        foreach (var (client, school, dataset) in new[] { (filer, SchoolA, "students"), (filer, SchoolA, "teachers"), (filer2, SchoolB, "students") })
        {
            var filing = await FilingAsync(client, dataset, school);
            (await client.PostAsync($"/api/filing/filings/{filing.Id}/submit", null)).EnsureSuccessStatusCode();
            (await approver.PostJsonAsync($"/api/filing/filings/{filing.Id}/approve", new { comment = "ok" })).EnsureSuccessStatusCode();
        }

        using var analyst = await app.LoginAsync("analyst");
        var draft = await (await analyst.PostJsonAsync("/api/reports", new { template = ReportTemplates.City, year = Year })).ReadAsync<EditionDto>();
        var published = await (await approver.PostAsync($"/api/reports/{draft.Id}/publish", null)).ReadAsync<EditionDto>();
        published.State.ShouldBe(EditionState.Published);
        var html = await (await analyst.GetAsync($"/api/reports/{draft.Id}/download?format=html")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        return (draft.Id, html);
    }
}
