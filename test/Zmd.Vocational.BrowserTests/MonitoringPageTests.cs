using System.Net.Http.Headers;
using Zmd.Vocational.TestKit;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The analyst opens the city overview, finds every target as a card with its sparkline, opens a target and
/// finds the trend chart, the year table and the school table, and sorts the schools.</summary>
public sealed class MonitoringPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Year = 2026;

    private async Task FileTeachersAsync()
    {
        using var admin = await App.LoginAsync("admin");
        var period = await admin.PostAsync("/api/filing/periods", new StringContent($$"""{"year":{{Year}},"deadline":"{{Year + 1}}-06-30","isOpen":true}""",
            new MediaTypeHeaderValue("application/json")));
        period.EnsureSuccessStatusCode();
        var body = new ByteArrayContent(RosterFiles.Utf8(RosterFiles.Teachers(12)));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        (await admin.PostAsync($"/api/filing/{Year}/3141172801/teachers?fileName=teachers.csv", body)).EnsureSuccessStatusCode();
        using var filer = await App.LoginAsync("filer");
        var filings = await (await filer.GetAsync($"/api/filing/filings?year={Year}&school=3141172801")).Content.ReadAsStringAsync();
        var id = System.Text.Json.JsonDocument.Parse(filings).RootElement[0].GetProperty("id").GetString();
        (await filer.PostAsync($"/api/filing/filings/{id}/submit", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Analyst_opens_the_city_overview_and_a_target_detail_with_its_chart_and_tables()
    {
        await FileTeachersAsync();
        await Page.LoginAsync("analyst", returnUrl: $"/Monitoring?year={Year}&provisional=true");
        await Page.WaitForURLAsync("**/Monitoring?**");

        var card = Page.Locator(".target-card[data-code='K1.07']");
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.Locator(".sparkline svg[role='img']")).ToHaveCountAsync(1);
        // 12 professional teachers, all dual-qualified: 100% ≥ 50%, achieved (provisional: submitted, not approved).
        await Expect(card).ToHaveAttributeAsync("data-status", "Achieved");
        await Expect(Page.Locator(".target-card")).ToHaveCountAsync(49);
        await Expect(Page.Locator("#completeness")).ToContainTextAsync("教师名册");

        await card.Locator("a.card-title").ClickAsync();
        await Page.WaitForURLAsync("**/Monitoring/Target/K1.07**");
        var chart = Page.Locator("#trend-chart svg[role='img']");
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.Locator(".series-target")).ToHaveCountAsync(1);
        await Expect(chart.Locator(".series-expected")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#years-table tr[data-year='2026']")).ToContainTextAsync("100");
        await Expect(Page.Locator("#school-table tbody tr[data-code='3141172801']")).ToContainTextAsync("100");
        await Expect(Page.Locator("#county-table tbody tr")).Not.ToHaveCountAsync(0);

        // The school with data comes first (furthest behind first, no data last); sorting by name puts codes in order.
        await Expect(Page.Locator("#school-table tbody tr").First).ToHaveAttributeAsync("data-code", "3141172801");
        await Page.Locator("#school-table thead a").First.ClickAsync();
        await Page.WaitForURLAsync("**sort=name**");
        var codes = await Page.Locator("#school-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        codes.ShouldBe(codes.Order(StringComparer.Ordinal).ToArray());
        await ScreenshotAsync("monitoring-target");
    }
}
