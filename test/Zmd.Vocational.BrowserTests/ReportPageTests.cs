using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The bureau's approver generates the city report for a school year, previews it in the page, writes the
/// foreword (shown in the preview, escaped), publishes it and verifies its SHA-256; the published edition offers no
/// narrative form any more.</summary>
public sealed class ReportPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Approver_generates_previews_and_publishes_the_city_report()
    {
        await Page.LoginAsync("approver", returnUrl: "/Reports?year=2025");
        await Page.WaitForURLAsync("**/Reports?**");
        await Expect(Page.Locator("h1")).ToContainTextAsync("质量年度报告");

        await Page.SelectOptionAsync("#g-template", "city-report");
        await Page.SelectOptionAsync("#g-year", "2025");
        await Page.ClickAsync("#generate");
        await Page.WaitForURLAsync("**/Reports/*");
        await Expect(Page.Locator("#edition-state")).ToHaveTextAsync("草稿");
        await Expect(Page.Locator("#edition-title")).ToContainTextAsync("驻马店市中等职业教育质量年度报告");

        var preview = Page.FrameLocator("#preview");
        await Expect(preview.Locator("h1").First).ToContainTextAsync("驻马店市中等职业教育质量年度报告");
        await Expect(preview.Locator("table").First).ToBeVisibleAsync();

        await Page.FillAsync("#n-foreword", "浏览器测试前言<b>不加粗</b>");
        await Page.ClickAsync("#save-narrative");
        await Expect(Page.Locator("div.alert[role='status']")).ToContainTextAsync("已保存");
        await Expect(preview.Locator("body")).ToContainTextAsync("浏览器测试前言<b>不加粗</b>");
        await Expect(preview.Locator("b")).ToHaveCountAsync(0);
        await ScreenshotAsync("report-draft");

        await Page.ClickAsync("#publish");
        await Expect(Page.Locator("#edition-state")).ToHaveTextAsync("已发布");
        await Expect(Page.Locator("#narrative-form")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#html-sha256")).ToContainTextAsync("HTML ");
        await Page.ClickAsync("#verify");
        await Expect(Page.Locator("#verification")).ToHaveAttributeAsync("data-valid", "True");

        await Page.GotoAsync("/Reports?year=2025");
        await Expect(Page.Locator("#editions tr[data-template='city-report'][data-state='Published']")).ToHaveCountAsync(1);
    }
}
