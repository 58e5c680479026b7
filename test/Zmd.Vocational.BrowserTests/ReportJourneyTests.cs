using System.Security.Cryptography;
using System.Text;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The city report's journey: the bureau's approver generates the city report for a school year, previews it in
/// the page's frame, writes the foreword (shown in the preview, escaped), publishes it and verifies its SHA-256; the
/// published edition offers no narrative form any more, and its HTML and Markdown download with exactly the bytes the
/// API serves and the hashes the page shows.</summary>
public sealed class ReportJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Title = "驻马店市中等职业教育质量年度报告";

    [Fact]
    public async Task Approver_generates_previews_publishes_and_downloads_the_city_report()
    {
        Step("approver generates the draft");
        await Page.LoginAsync("approver", returnUrl: "/Reports?year=2025");
        await Page.WaitForAddressAsync(@"/Reports\?");
        await Expect(Page.Locator("h1")).ToContainTextAsync("质量年度报告");
        await Page.SelectOptionAsync("#g-template", "city-report");
        await Page.SelectOptionAsync("#g-year", "2025");
        await Page.ClickAsync("#generate");
        await Page.WaitForAddressAsync("/Reports/[^/]+$");
        await Expect(Page.Locator("#edition-state")).ToHaveTextAsync("草稿");
        await Expect(Page.Locator("#edition-title")).ToContainTextAsync(Title);

        Step("approver previews it and writes the foreword");
        var preview = Page.FrameLocator("#preview");
        await Expect(preview.Locator("h1").First).ToContainTextAsync(Title);
        await Expect(preview.Locator("table").First).ToBeVisibleAsync();
        await Page.FillAsync("#n-foreword", "浏览器测试前言<b>不加粗</b>");
        await Page.ClickAsync("#save-narrative");
        await Expect(Page.Locator("div.alert[role='status']")).ToContainTextAsync("已保存");
        await Expect(preview.Locator("body")).ToContainTextAsync("浏览器测试前言<b>不加粗</b>");
        await Expect(preview.Locator("b")).ToHaveCountAsync(0);
        await ScreenshotAsync("report-draft");

        Step("approver publishes and verifies it");
        await Page.ClickAsync("#publish");
        await Expect(Page.Locator("#edition-state")).ToHaveTextAsync("已发布");
        await Expect(Page.Locator("#narrative-form")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#html-sha256")).ToContainTextAsync("HTML ");
        await Page.ClickAsync("#verify");
        await Expect(Page.Locator("#verification")).ToHaveAttributeAsync("data-valid", "True");
        var hashes = await Page.Locator("#html-sha256").InnerTextAsync();

        Step("approver downloads the HTML and the Markdown");
        var editionId = new Uri(Page.Url).AbsolutePath.Split('/').Last();
        using var api = await App.LoginAsync("approver");
        foreach (var (link, format) in new[] { ("#download-html", "html"), ("#download-md", "md") })
        {
            var file = await Page.DownloadAsync(link);
            file.Name.ShouldEndWith("." + format);
            var served = await api.GetByteArrayAsync($"/api/reports/{editionId}/download?format={format}");
            file.Bytes.ShouldBe(served, $"the {format} the page downloads is the API's");
            hashes.ShouldContain(Convert.ToHexStringLower(SHA256.HashData(file.Bytes)), Case.Insensitive, $"the page shows the {format} file's SHA-256");
            Encoding.UTF8.GetString(file.Bytes).ShouldContain("浏览器测试前言");
        }

        await Page.GotoAsync("/Reports?year=2025");
        await Expect(Page.Locator("#editions tr[data-template='city-report'][data-state='Published']")).ToHaveCountAsync(1);
    }
}
