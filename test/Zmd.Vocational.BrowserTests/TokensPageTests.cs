using Zmd.Vocational.Core.Http;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The API tokens page: a scope to choose (read by default), a required lifetime (90 days by default, at most
/// 365), and both shown in the list.</summary>
public sealed class TokensPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_filer_creates_a_file_token_and_sees_its_scope_and_expiry()
    {
        await Page.LoginAsync("filer2", returnUrl: "/Account/Tokens");
        await Expect(Page.Locator("#scope")).ToHaveValueAsync("read");
        await Expect(Page.Locator("#expires")).ToHaveValueAsync("90");
        await Expect(Page.Locator("#expires")).ToHaveAttributeAsync("max", "365");

        await Page.FillAsync("#Input_Name", "教务系统对接");
        await Page.SelectOptionAsync("#scope", "file");
        await Page.FillAsync("#expires", "30");
        var created = DateTime.UtcNow;
        await Page.ClickAsync("#create-token");

        await Expect(Page.Locator("#token-secret")).ToContainTextAsync("zmd_");
        var row = Page.Locator("#tokens-table tbody tr", new() { HasText = "教务系统对接" });
        await Expect(row.Locator(".token-scope")).ToHaveTextAsync("file · 填报（只读 + 上传、提交本校数据）");
        await Expect(row).ToContainTextAsync(Display.Time(created.AddDays(30))[..10]);
        await Expect(row).ToContainTextAsync("有效");
    }
}
