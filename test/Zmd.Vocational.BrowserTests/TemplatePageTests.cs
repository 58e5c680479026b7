using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The admin opens a report template, is shown where a syntax error is, checks a good text and sees its preview
/// in a sandboxed frame, saves it as a version, and reverts to the file.</summary>
public sealed class TemplatePageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Admin_checks_previews_saves_and_reverts_a_template()
    {
        await Page.LoginAsync("admin", returnUrl: "/Reports/Templates");
        await Page.WaitForURLAsync("**/Reports/Templates");
        await Page.ClickAsync("#templates tr[data-template='_layout.html'] a");
        await Page.WaitForURLAsync("**/Reports/Templates/Edit?name=_layout.html");
        await Expect(Page.Locator("#state")).ToContainTextAsync("文件版本");
        var original = await Page.InputValueAsync("#text");
        original.ShouldContain("{{ content }}");

        await Page.FillAsync("#text", "<main>\n{{ for }}\n</main>");
        await Page.ClickAsync("#check");
        await Expect(Page.Locator("#check-failed li[data-line='2']")).ToContainTextAsync("_layout.html.scriban");
        await Page.ClickAsync("#save");
        await Expect(Page.Locator("#errors")).ToContainTextAsync("第 2 行");
        await Expect(Page.Locator("#no-history")).ToBeVisibleAsync();

        await Page.FillAsync("#text", "<!DOCTYPE html><html><body><main class=\"override\">{{ content }}</main><p id=\"mark\">覆盖版式</p></body></html>");
        await Page.ClickAsync("#check");
        await Expect(Page.Locator("#check-ok")).ToBeVisibleAsync();
        var preview = Page.FrameLocator("#preview");
        await Expect(preview.Locator("#mark")).ToHaveTextAsync("覆盖版式");
        await Expect(preview.Locator("nav.toc")).ToContainTextAsync("Preview");
        await ScreenshotAsync("template-preview");

        await Page.ClickAsync("#save");
        await Expect(Page.Locator("#status")).ToBeVisibleAsync();
        await Expect(Page.Locator("#state")).ToContainTextAsync("第 1 版");
        await Expect(Page.Locator("#history tr[data-version='1']")).ToContainTextAsync("admin");

        await Page.ClickAsync("#revert");
        await Expect(Page.Locator("#state")).ToContainTextAsync("文件版本");
        await Expect(Page.Locator("#history tr[data-version='2'][data-reverted='true']")).ToBeVisibleAsync();
        (await Page.InputValueAsync("#text")).ShouldBe(original);
    }
}
