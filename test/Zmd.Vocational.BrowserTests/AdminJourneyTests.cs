using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.TestKit;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The system admin's journey: creates a school filer on the users page (refused without a school, then saved,
/// listed, and able to sign in to their school only); creates an API token whose secret is shown once, works against the
/// API and stops working once revoked; overrides a report template (check, preview, save, revert).</summary>
public sealed class AdminJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string NewUser = "jsxy_filer";
    private const string NewPassword = "Zmd2026Browser";
    private const string NewUserSchool = "4141170001";   // 驻马店职业技术学院

    [Fact]
    public async Task Admin_creates_a_school_filer_who_appears_in_the_list_and_signs_in_to_their_school_only()
    {
        Step("admin opens the users page");
        await Page.LoginAsync("admin", returnUrl: "/Admin/Users");
        await Expect(Page.Locator("#users-table tr[data-user='admin']")).ToBeVisibleAsync();
        await Expect(Page.Locator($"#users-table tr[data-user='{NewUser}']")).ToHaveCountAsync(0);

        Step("a school filer without a school is refused");
        await Page.FillAsync("#Input_UserName", NewUser);
        await Page.FillAsync("#Input_DisplayName", "职业技术学院填报员");
        await Page.FillAsync("#Input_Password", NewPassword);
        await Page.SelectOptionAsync("#Input_Role", "school_filer");
        await Page.ClickAsync("#create-user");
        await Expect(Page.Locator("#form-errors")).ToContainTextAsync("学校填报员必须绑定一所学校");
        await Expect(Page.Locator($"#users-table tr[data-user='{NewUser}']")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#Input_UserName")).ToHaveValueAsync(NewUser);

        Step("with the school chosen it is saved and listed");
        await Page.FillAsync("#Input_Password", NewPassword);
        await Page.SelectOptionAsync("#Input_SchoolCode", NewUserSchool);
        await Page.ClickAsync("#create-user");
        await Expect(Page.StatusMessage()).ToHaveTextAsync("用户已创建。");
        var row = Page.Locator($"#users-table tr[data-user='{NewUser}']");
        await Expect(row).ToContainTextAsync("职业技术学院填报员");
        await Expect(row).ToContainTextAsync("学校填报员");
        await Expect(row).ToContainTextAsync("驻马店职业技术学院");
        await Expect(row).ToContainTextAsync("正常");
        using (var admin = await App.LoginAsync("admin"))
        {
            var users = await admin.GetFromJsonAsync<List<UserDto>>("/api/identity/users", TestApp.Json);
            users.ShouldNotBeNull().Single(u => u.UserName == NewUser).Roles.ShouldBe(["school_filer"]);
        }

        Step("the new user signs in and sees their own school only");
        var newcomer = await SignInAsync(NewUser, "/Schools", NewPassword);
        await Expect(newcomer.Locator("#current-user")).ToContainTextAsync("职业技术学院填报员");
        var schools = newcomer.Locator("#schools-table tbody tr");
        await Expect(schools).ToHaveCountAsync(1);
        await Expect(schools.First).ToHaveAttributeAsync("data-code", NewUserSchool);
    }

    [Fact]
    public async Task Admin_creates_an_api_token_shown_once_that_works_until_it_is_revoked()
    {
        Step("admin creates a token");
        await Page.LoginAsync("admin", returnUrl: "/Account/Tokens");
        const string name = "浏览器测试对接令牌";
        await FillTokenFormAsync(Page, name);
        await Page.ClickAsync("#create-token");
        var secret = (await Page.Locator("#token-secret").TextContentAsync())?.Trim();
        secret.ShouldNotBeNull().ShouldStartWith("zmd_");
        var row = Page.Locator("#tokens-table tbody tr", new() { HasText = name });
        await Expect(row).ToContainTextAsync("有效");
        await Expect(row).ToContainTextAsync(secret[..12] + "…");

        Step("the secret works against the API");
        using var system = App.CreateClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        (await system.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);

        Step("the secret is not shown again");
        await Page.GotoAsync("/Account/Tokens");
        await Expect(Page.Locator("#token-secret")).ToHaveCountAsync(0);
        (await Page.ContentAsync()).ShouldNotContain(secret);
        await Expect(row).ToContainTextAsync("有效");

        Step("admin revokes it and it stops working");
        await row.Locator("form button[type=submit]").ClickAsync();
        await Expect(row).ToContainTextAsync("已吊销");
        await Expect(row.Locator("form button[type=submit]")).ToHaveCountAsync(0);
        (await system.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>Fills the new-token form: name, scope (read: the journey only reads with it) and lifetime.</summary>
    private static async Task FillTokenFormAsync(IPage page, string name)
    {
        await page.FillAsync("#Input_Name", name);
        await page.SelectOptionAsync("#scope", "read");
        await page.FillAsync("#expires", "30");
    }

    [Fact]
    public async Task Admin_checks_previews_saves_and_reverts_a_template()
    {
        Step("admin opens the layout template");
        await Page.LoginAsync("admin", returnUrl: "/Reports/Templates");
        await Page.WaitForAddressAsync(@"/Reports/Templates$");
        await Page.ClickAsync("#templates tr[data-template='_layout.html'] a");
        await Page.WaitForAddressAsync(@"/Reports/Templates/Edit\?name=_layout\.html$");
        await Expect(Page.Locator("#state")).ToContainTextAsync("文件版本");
        var original = await Page.InputValueAsync("#text");
        original.ShouldContain("{{ content }}");

        Step("a syntax error is shown with its line and not saved");
        await Page.FillAsync("#text", "<main>\n{{ for }}\n</main>");
        await Page.ClickAsync("#check");
        await Expect(Page.Locator("#check-failed li[data-line='2']")).ToContainTextAsync("_layout.html.scriban");
        await Page.ClickAsync("#save");
        await Expect(Page.Locator("#errors")).ToContainTextAsync("第 2 行");
        await Expect(Page.Locator("#no-history")).ToBeVisibleAsync();

        Step("a good text is checked, previewed and saved");
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
        using var api = await App.LoginAsync("admin");
        (await LayoutAsync(api)).Text.ShouldContain("<p id=\"mark\">覆盖版式</p>", customMessage: "the override is what is stored and used");

        Step("admin reverts to the file");
        await Page.ClickAsync("#revert");
        await Expect(Page.Locator("#state")).ToContainTextAsync("文件版本");
        await Expect(Page.Locator("#history tr[data-version='2'][data-reverted='true']")).ToBeVisibleAsync();
        (await Page.InputValueAsync("#text")).ShouldBe(original);
        var reverted = await LayoutAsync(api);
        reverted.Text.ShouldBe(reverted.FileText);
        var versions = await api.GetFromJsonAsync<List<ReportTemplateVersionDto>>("/api/reports/templates/_layout.html/versions", TestApp.Json);
        versions.ShouldNotBeNull().OrderBy(v => v.Version).Select(v => (v.Version, v.Reverted, v.SavedBy)).ShouldBe([(1, false, "admin"), (2, true, "admin")]);
    }

    private static async Task<ReportTemplateDetailDto> LayoutAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<ReportTemplateDetailDto>("/api/reports/templates/_layout.html", TestApp.Json)).ShouldNotBeNull();
}
