using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>Screenshots of the login and targets pages into /tmp/zmd-shots/ for a person to look at;
/// asserts the pages are styled (Bootstrap loaded) so an unstyled page fails here.</summary>
public sealed class ScreenshotTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Login_and_targets_pages_are_styled_and_saved_as_screenshots()
    {
        await Page.GotoAsync("/Account/Login");
        await AssertStyledAsync();
        var login = await ScreenshotAsync("login");

        await Page.LoginAsync("analyst", returnUrl: "/Targets");
        await Expect(Page.Locator("#targets-table")).ToBeVisibleAsync();
        await AssertStyledAsync();
        var targets = await ScreenshotAsync("targets");

        // Real PNGs of this run (not files left by an earlier one); the long targets table makes the bigger page.
        login[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        targets.Length.ShouldBeGreaterThan(login.Length);
    }

    private async Task AssertStyledAsync()
    {
        // bg-primary from bootstrap.min.css; an unstyled page would leave the navbar transparent.
        var background = await Page.Locator("nav.navbar").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        background.ShouldBe("rgb(13, 110, 253)");
        var font = await Page.Locator("body").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        font.ShouldContain("Noto Sans CJK SC");
    }
}
