using System.Net.Http.Json;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The bureau analyst's journey: the city overview with every target as a card, a target's detail with its
/// trend chart, year table and school table, and the split of a city target into county and school quotas (a split
/// that does not add up is refused and stores nothing; one that does is saved and shows on the target's page).</summary>
public sealed class AnalystJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Year = 2026;
    private const string School = "3141172801";   // 遂平县职业教育中心, in 遂平县 (411728)

    [Fact]
    public async Task Analyst_opens_the_city_overview_and_a_target_detail_with_its_chart_and_tables()
    {
        await ApiArrange.OpenPeriodAsync(App, Year);
        await ApiArrange.SubmitAsync(App, "filer", Year, School, "teachers", RosterFiles.Teachers(12));

        Step("analyst opens the city overview");
        await Page.LoginAsync("analyst", returnUrl: $"/Monitoring?year={Year}&provisional=true");
        await Page.WaitForAddressAsync(@"/Monitoring\?");
        var card = Page.Locator(".target-card[data-code='K1.07']");
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.Locator(".sparkline svg[role='img']")).ToHaveCountAsync(1);
        // 12 professional teachers, all dual-qualified: 100% ≥ 50%, achieved (provisional: submitted, not approved).
        await Expect(card).ToHaveAttributeAsync("data-status", "Achieved");
        await Expect(Page.Locator(".target-card")).ToHaveCountAsync(49);
        await Expect(Page.Locator("#completeness")).ToContainTextAsync("教师名册");

        Step("analyst opens the target's detail");
        await card.Locator("a.card-title").ClickAsync();
        await Page.WaitForAddressAsync(@"/Monitoring/Target/K1\.07");
        var chart = Page.Locator("#trend-chart svg[role='img']");
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.Locator(".series-target")).ToHaveCountAsync(1);
        await Expect(chart.Locator(".series-expected")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#years-table tr[data-year='2026']")).ToContainTextAsync("100");
        await Expect(Page.Locator($"#school-table tbody tr[data-code='{School}']")).ToContainTextAsync("100");
        await Expect(Page.Locator("#county-table tbody tr")).Not.ToHaveCountAsync(0);
        // A ratio cannot be split into quotas that add up: no quota button here.
        await Expect(Page.Locator("a[href^='/Monitoring/Quotas/']")).ToHaveCountAsync(0);

        // The school with data comes first (furthest behind first, no data last); sorting by name puts codes in order.
        await Expect(Page.Locator("#school-table tbody tr").First).ToHaveAttributeAsync("data-code", School);
        await Page.Locator("#school-table thead a").First.ClickAsync();
        await Page.WaitForAddressAsync("sort=name");
        var codes = await Page.Locator("#school-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        codes.ShouldBe(codes.Order(StringComparer.Ordinal).ToArray());
        await ScreenshotAsync("monitoring-target");
    }

    [Fact]
    public async Task Analyst_splits_the_enrolment_target_into_county_quotas_that_must_add_up_to_the_city_target()
    {
        Step("analyst opens the enrolment target and its quotas");
        await Page.LoginAsync("analyst", returnUrl: "/Monitoring/Target/C1S5.02");
        await Page.ClickAsync("a[href='/Monitoring/Quotas/C1S5.02']");
        await Page.WaitForAddressAsync(@"/Monitoring/Quotas/C1S5\.02$");
        await Expect(Page.Locator("main h1")).ToContainTextAsync("C1S5.02");
        await Expect(Page.Locator("main")).ToContainTextAsync("11.5");

        Step("quotas that add up to 11.4 of 11.5 are refused");
        await Page.FillAsync("#c-411728", "6");
        await Page.FillAsync("#c-411700", "5.4");
        await Page.ClickAsync("#save-quotas");
        var errors = Page.Locator("#errors");
        await Expect(errors).ToContainTextAsync("11.4");
        await Expect(errors).ToContainTextAsync("11.5");
        await Expect(errors).ToContainTextAsync("未保存");
        // What was typed stays for correction.
        await Expect(Page.Locator("#c-411700")).ToHaveValueAsync("5.4");
        (await QuotasAsync()).ShouldBeEmpty("nothing of a refused split is stored");

        Step("corrected quotas, with the school's share of its county, are saved");
        await Page.FillAsync("#c-411700", "5.5");
        await Page.FillAsync($"[data-county='411728'] #s-{School}", "6");
        await Page.ClickAsync("#save-quotas");
        await Expect(Page.StatusMessage().First).ToHaveTextAsync("分解任务已保存。");
        await Expect(errors).Not.ToContainTextAsync("未保存");
        await Expect(Page.Locator("#c-411728")).ToHaveValueAsync("6");
        await Expect(Page.Locator($"#s-{School}")).ToHaveValueAsync("6");
        (await QuotasAsync()).Select(q => (q.Code, q.Value)).OrderBy(q => q.Code, StringComparer.Ordinal)
            .ShouldBe([(School, 6m), ("411700", 5.5m), ("411728", 6m)]);

        Step("the target's page shows the county quotas");
        await Page.ClickAsync("a[href='/Monitoring/Target/C1S5.02']");
        await Page.WaitForAddressAsync(@"/Monitoring/Target/C1S5\.02$");
        await Expect(Page.Locator("#county-table tr[data-code='411728'] td").Nth(2)).ToHaveTextAsync("6");
        await Expect(Page.Locator("#county-table tr[data-code='411700'] td").Nth(2)).ToHaveTextAsync("5.5");
        await Expect(Page.Locator($"#school-table tr[data-code='{School}'] td").Nth(2)).ToHaveTextAsync("6");
    }

    private async Task<List<QuotaDto>> QuotasAsync()
    {
        using var analyst = await App.LoginAsync("analyst");
        return (await analyst.GetFromJsonAsync<List<QuotaDto>>("/api/targets/C1S5.02/quotas", TestApp.Json)).ShouldNotBeNull();
    }
}
