using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

public sealed class LanguageSwitchTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Language_switch_turns_the_targets_page_English_and_back_to_Chinese()
    {
        await Page.LoginAsync("analyst", returnUrl: "/Targets");
        var heading = Page.Locator("main h1");
        var nav = Page.Locator("#mainNav");
        var switcher = Page.Locator("#lang-switch");

        // Chinese by default, even though this browser asks for English (Accept-Language: en-US).
        await Expect(heading).ToHaveTextAsync("规划目标");
        await Expect(nav).ToContainTextAsync("目标监测");
        await Expect(switcher).ToHaveTextAsync("English");

        await switcher.ClickAsync();
        await Expect(heading).ToHaveTextAsync("Plan targets");
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Targets");
        await Expect(nav).ToContainTextAsync("Monitoring");
        await Expect(nav).ToContainTextAsync("Sign out");
        await Expect(nav).Not.ToContainTextAsync("目标监测");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.Locator("#targets-table thead th").First).ToHaveTextAsync("Code");
        await Expect(switcher).ToHaveTextAsync("中文");

        // The choice is remembered on the next page.
        await Page.GotoAsync("/Targets/Detail/K1.01");
        await Expect(Page.Locator("main")).ToContainTextAsync("Back to the targets");

        await switcher.ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("返回目标列表");
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Targets/Detail/K1.01");
        await Page.GotoAsync("/Targets");
        await Expect(heading).ToHaveTextAsync("规划目标");
        await Expect(nav).ToContainTextAsync("目标监测");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(switcher).ToHaveTextAsync("English");
    }
}
