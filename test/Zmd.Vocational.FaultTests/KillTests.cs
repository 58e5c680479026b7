using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.FaultTests.Api;

namespace Zmd.Vocational.FaultTests;

/// <summary>The host is SIGKILLed while an import, an approval or a report publication has written everything and not yet
/// committed (held there by Diagnostics:PauseAt), then started again on the same database: nothing of the killed unit of
/// work is there, everything before it is exactly as it was, and doing the same thing again works.</summary>
public sealed class KillTests
{
    private const int DraftRows = 40;

    /// <summary>What the school's students filing looks like through the API; equal before and after a killed unit.</summary>
    private sealed record FilingState(FilingDto Filing, int Events, string RowsChecksum, string Official, string Provisional, int AuditEntries, string Measures);

    [Theory]
    [InlineData(FaultDatabase.Sqlite)]
    [InlineData(FaultDatabase.PostgreSql)]
    public async Task An_import_killed_before_its_commit_leaves_the_previous_draft_and_measures(string provider)
    {
        await using var database = await FaultDatabase.CreateAsync(provider);
        var before = await WithDraftAsync(database, submit: false);

        await KillAtAsync(database, "filing.import.before-commit", "filer", filer => UploadAsync(filer, Roster(300, start: 5000)));

        await using (var app = await AppProcess.StartAsync(database))
        {
            await AssertHealthyAsync(app);
            using var admin = await app.LoginAsync("admin");
            (await StateAsync(admin, database)).ShouldBe(before);

            using var filer = await app.LoginAsync("filer");
            (await UploadAsync(filer, Roster(300, start: 5000))).StatusCode.ShouldBe(HttpStatusCode.OK);
            var after = await StateAsync(admin, database);
            after.Filing.Version.ShouldBe(before.Filing.Version + 1);
            after.Filing.RowCount.ShouldBe(300);
            (await EnrolmentAsync(database)).ShouldBe(300);
        }

        await FaultDatabase.AssertIntactAsync(database);
    }

    [Theory]
    [InlineData(FaultDatabase.Sqlite)]
    [InlineData(FaultDatabase.PostgreSql)]
    public async Task An_approval_killed_before_its_commit_leaves_the_filing_submitted(string provider)
    {
        await using var database = await FaultDatabase.CreateAsync(provider);
        var before = await WithDraftAsync(database, submit: true);
        before.Filing.State.ShouldBe(Zmd.Vocational.Filing.Contracts.FilingState.Submitted);

        await KillAtAsync(database, "filing.transition.before-commit", "approver",
            approver => approver.PostAsJsonAsync($"/api/filing/filings/{before.Filing.Id}/approve", new { comment = "同意" }));

        await using (var app = await AppProcess.StartAsync(database))
        {
            await AssertHealthyAsync(app);
            using var admin = await app.LoginAsync("admin");
            (await StateAsync(admin, database)).ShouldBe(before);
            var history = await admin.GetJsonAsync<List<FilingEventDto>>($"/api/filing/filings/{before.Filing.Id}/history");
            history.ShouldNotContain(e => e.Action == FilingAction.Approved);

            using var approver = await app.LoginAsync("approver");
            (await approver.PostAsJsonAsync($"/api/filing/filings/{before.Filing.Id}/approve", new { comment = "同意" })).StatusCode.ShouldBe(HttpStatusCode.OK);
            var after = await StateAsync(admin, database);
            after.Filing.State.ShouldBe(Zmd.Vocational.Filing.Contracts.FilingState.Approved);
            after.AuditEntries.ShouldBeGreaterThan(before.AuditEntries);
            after.Official.ShouldNotBe(before.Official, "approved data counts in the official figures");
        }

        await FaultDatabase.AssertIntactAsync(database);
    }

    [Theory]
    [InlineData(FaultDatabase.Sqlite)]
    [InlineData(FaultDatabase.PostgreSql)]
    public async Task A_publication_killed_before_its_commit_leaves_the_edition_a_draft(string provider)
    {
        await using var database = await FaultDatabase.CreateAsync(provider);
        var edition = Guid.Empty;
        await WithDraftAsync(database, submit: false, then: async app =>
        {
            using var filer = await app.LoginAsync("filer");
            var draft = await (await filer.PostAsJsonAsync("/api/reports", new { template = "school-report", year = Year, school = School, provisional = true }))
                .ReadAsync<JsonObject>();
            edition = draft["id"]!.GetValue<Guid>();
        });

        await KillAtAsync(database, "reporting.publish.before-commit", "filer", filer => filer.PostAsync($"/api/reports/{edition}/publish", null));

        await using (var app = await AppProcess.StartAsync(database))
        {
            await AssertHealthyAsync(app);
            using var filer = await app.LoginAsync("filer");
            var stored = await filer.GetJsonAsync<JsonObject>($"/api/reports/{edition}");
            ((string?)stored["state"]).ShouldBe("Draft");
            stored["publishedAt"].ShouldBeNull();
            stored["htmlSha256"].ShouldBeNull();
            stored["snapshotSha256"].ShouldBeNull();
            var verify = await filer.GetAsync($"/api/reports/{edition}/verify");
            verify.StatusCode.ShouldBe(HttpStatusCode.Conflict, "nothing is published, so there is nothing to verify");

            (await filer.PostAsync($"/api/reports/{edition}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var verified = await filer.GetJsonAsync<JsonObject>($"/api/reports/{edition}/verify");
            ((bool)verified["valid"]!).ShouldBeTrue();
        }

        await FaultDatabase.AssertIntactAsync(database);
    }

    /// <summary>Starts a host that freezes at <paramref name="point"/>, sends <paramref name="request"/> as
    /// <paramref name="user"/>, kills the host once the request has reached the point, and checks the request never got
    /// an answer.</summary>
    private static async Task KillAtAsync(TestDatabase database, string point, string user, Func<HttpClient, Task<HttpResponseMessage>> request)
    {
        await using var app = await AppProcess.StartAsync(database, pauseAt: point);
        using var client = await app.LoginAsync(user);
        var sent = request(client);
        await app.WaitForFaultPointAsync(point);
        await app.KillAsync();
        await Should.ThrowAsync<HttpRequestException>(sent);
    }

    /// <summary>A host that opens the year and files the school's students draft (submitted when asked), then does
    /// <paramref name="then"/>; returns the filing's state.</summary>
    private static async Task<FilingState> WithDraftAsync(TestDatabase database, bool submit, Func<AppProcess, Task>? then = null)
    {
        await using var app = await AppProcess.StartAsync(database);
        using var admin = await app.LoginAsync("admin");
        await OpenYearAsync(admin);
        using var filer = await app.LoginAsync("filer");
        (await UploadAsync(filer, Roster(DraftRows, start: 1))).StatusCode.ShouldBe(HttpStatusCode.OK);
        if (submit)
        {
            var filing = await StudentsFilingAsync(filer);
            (await filer.PostAsync($"/api/filing/filings/{filing.Id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var state = await StateAsync(admin, database);
        state.Filing.RowCount.ShouldBe(DraftRows);
        (await EnrolmentAsync(database)).ShouldBe(DraftRows);
        if (then is not null)
        {
            await then(app);
        }

        return state;
    }

    private static async Task<FilingState> StateAsync(HttpClient admin, TestDatabase database)
    {
        var filing = await StudentsFilingAsync(admin);
        var events = await admin.GetJsonAsync<List<FilingEventDto>>($"/api/filing/filings/{filing.Id}/history");
        var rows = await RowsAsync(admin, filing.Id);
        rows.Rows.Count.ShouldBe(filing.RowCount);
        return new FilingState(filing, events.Count, Checksum(rows.Rows), await IndicatorsAsync(admin, provisional: false),
            await IndicatorsAsync(admin, provisional: true), await AuditEntriesAsync(admin, filing.Id),
            string.Join("; ", await FaultDatabase.MeasuresAsync(database, Year)));
    }

    internal static async Task AssertHealthyAsync(AppProcess app)
    {
        using var client = app.CreateClient();
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
