using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.BrowserTests;

internal static class PageExtensions
{
    /// <summary>Signs in through the login form, the way a person does, and waits for the page it leads to.</summary>
    public static async Task LoginAsync(this IPage page, string userName, string password = TestApp.DemoPassword, string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/Account/Login" : "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
        // Success leaves the login page (to ReturnUrl or home); a refused login stays and is caught by the caller.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/Account/Login");
    }

}
