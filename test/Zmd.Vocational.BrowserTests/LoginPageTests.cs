using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

public sealed class LoginPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Wrong_password_shows_the_Chinese_error_and_stays_on_the_login_page()
    {
        await Page.GotoAsync("/Account/Login");
        await Page.FillAsync("#Input_UserName", "analyst");
        await Page.FillAsync("#Input_Password", "wrong-password");
        await Page.ClickAsync("#login-submit");

        var errors = Page.Locator("#login-errors");
        await Expect(errors).ToContainTextAsync("用户名或密码错误");
        await Expect(errors).ToBeVisibleAsync();
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Account/Login");
        await Expect(Page.Locator("#current-user")).ToHaveCountAsync(0);
        // The user name is kept for the next try; the password is not echoed back.
        await Expect(Page.Locator("#Input_UserName")).ToHaveValueAsync("analyst");
        await Expect(Page.Locator("#Input_Password")).ToHaveValueAsync(string.Empty);
    }

    /// <summary>Regression test for the empty red box: the validation summary is always rendered, and site.css must
    /// hide it (.validation-summary-valid) while it has nothing to say.</summary>
    [Fact]
    public async Task Login_page_shows_no_error_box_before_a_failed_attempt()
    {
        await Page.GotoAsync("/Account/Login");
        await Expect(Page.Locator("#login-submit")).ToBeVisibleAsync();
        await Expect(Page.Locator("#login-errors")).ToBeHiddenAsync();
    }
}
