using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using static Zmd.Vocational.FaultTests.Api;

namespace Zmd.Vocational.FaultTests;

/// <summary>SQLite has one writer at a time; a second write waits for the busy timeout (30 s by default) and, when the
/// first still holds the database after that, is refused with a clear conflict in the user's language — never a 500 —
/// and stores nothing. (PostgreSQL has no such limit: a second upload of the same dataset waits on the first's lock.)</summary>
public sealed class SqliteBusyTests
{
    [Fact]
    public async Task An_upload_that_finds_the_database_busy_past_its_wait_is_a_conflict_and_stores_nothing()
    {
        await using var database = await FaultDatabase.CreateAsync(FaultDatabase.Sqlite);
        // A one-second wait instead of thirty, so the test does not take half a minute per refusal.
        await using var app = await AppProcess.StartAsync(database, settings: new Dictionary<string, string>
        {
            ["ConnectionStrings:Default"] = database.ConnectionString + ";Default Timeout=1",
        });
        using var admin = await app.LoginAsync("admin");
        await OpenYearAsync(admin);
        using var filer = await app.LoginAsync("filer");
        (await UploadAsync(filer, Roster(20, start: 1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var other = new SqliteConnection(database.ConnectionString + ";Pooling=False"))
        {
            // Another writer (say `zmd import` on the same file) holds the write lock for longer than the host waits.
            await other.OpenAsync();
            await using var transaction = await other.BeginTransactionAsync();

            var refused = await UploadAsync(filer, Roster(30, start: 100));
            var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, problem.ToJsonString());
            ((string?)problem["code"]).ShouldBe("Core:Busy");
            ((string?)problem["detail"] ?? "").ShouldContain("请稍后重试");

            filer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
            var inEnglish = JsonNode.Parse(await (await UploadAsync(filer, Roster(30, start: 100))).Content.ReadAsStringAsync())!;
            ((string?)inEnglish["detail"] ?? "").ShouldContain("try again");
            filer.DefaultRequestHeaders.AcceptLanguage.Clear();
            await transaction.RollbackAsync();
        }

        var filing = await StudentsFilingAsync(admin);
        filing.Version.ShouldBe(1, "the refused uploads stored nothing");
        filing.RowCount.ShouldBe(20);
        (await UploadAsync(filer, Roster(30, start: 100))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StudentsFilingAsync(admin)).RowCount.ShouldBe(30);
    }
}
