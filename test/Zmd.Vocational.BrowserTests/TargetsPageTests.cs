using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The bureau analyst signs in through the form and reads the plan's targets, conflicts included.</summary>
public sealed class TargetsPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Analyst_signs_in_sees_targets_with_the_conflict_badge_and_opens_the_conflicting_versions()
    {
        // Asking for /Targets anonymously goes to the login form, and signing in comes back to it.
        await Page.GotoAsync("/Targets");
        Page.Url.ShouldContain("/Account/Login");
        await Page.FillAsync("#Input_UserName", "analyst");
        await Page.FillAsync("#Input_Password", Zmd.Vocational.TestKit.TestApp.DemoPassword);
        await Page.ClickAsync("#login-submit");
        await Page.WaitForAddressAsync("/Targets$");
        await Expect(Page.Locator("#current-user")).ToBeVisibleAsync();

        var table = Page.Locator("#targets-table");
        await Expect(table.Locator("tr[data-code='K1.01']")).ToBeVisibleAsync();
        await Expect(table.Locator("tr[data-code='Z6.03.03']")).ToBeVisibleAsync();

        var k107 = table.Locator("tr[data-code='K1.07']");
        await Expect(k107.Locator(".badge.text-bg-warning")).ToHaveTextAsync("⚠ 规划内数值不一致");
        // A target without another statement carries no badge.
        await Expect(table.Locator("tr[data-code='Z6.03.03'] .badge.text-bg-warning")).ToHaveCountAsync(0);

        await k107.GetByRole(AriaRole.Link, new() { Name = "K1.07", Exact = true }).ClickAsync();
        await Page.WaitForAddressAsync(@"/Targets/Detail/K1\.07$");
        await Expect(Page.Locator("#target-detail")).ToHaveAttributeAsync("data-code", "K1.07");

        var versions = Page.Locator("#target-conflicts li[data-code]");
        var codes = await versions.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.code)");
        codes.ShouldBe(["K1.07", "C1S5.04", "Z33.07.04"], ignoreOrder: true);
        // The other statements carry their own numbers (the plan's 专栏3-3 says 60%).
        await Expect(Page.Locator("#target-conflicts li[data-code='Z33.07.04']")).ToContainTextAsync("60");
        await Expect(Page.Locator("#target-conflicts li[data-code='Z33.07.04'] a")).ToHaveAttributeAsync("href", "/Targets/Detail/Z33.07.04");
    }
}
