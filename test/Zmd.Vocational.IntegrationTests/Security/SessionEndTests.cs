using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.IntegrationTests.Filing;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>Signing out ends the session (SQLite and PostgreSQL): a copy of a sign-in cookie taken while it was good is
/// refused at once — 401 on the API, a redirect to the login page on pages — after logout, lockout, a password reset,
/// a change of role or school, disabling, and an admin's "sign out everywhere" (API and page); a locked or disabled
/// user's API token is refused too. Each test has a user of its own, so ending its sessions touches no other test.</summary>
public sealed class SessionEndTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Password = "Harbour7Lantern";
    private const string Page = "/Account/Tokens";

    [Fact]
    public async Task Logout_ends_every_copy_of_the_cookie()
    {
        var (_, victim, thief) = await SignedInAsync("s-logout");

        await EndsAsync(thief, async () => (await victim.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent));
        using var again = await SignsInAgainAsync("s-logout", Password);
    }

    [Fact]
    public async Task The_logout_form_ends_every_copy_of_the_cookie()
    {
        var (_, victim, thief) = await SignedInAsync("s-logout-page");
        var token = await victim.AntiforgeryTokenAsync(Page);

        await EndsAsync(thief, async () =>
            (await victim.PostFormAsync("/Account/Logout", ("__RequestVerificationToken", token))).StatusCode.ShouldBe(HttpStatusCode.Redirect));
    }

    [Fact]
    public async Task A_lockout_after_failed_sign_ins_ends_the_session_and_stops_the_users_api_token()
    {
        var (_, victim, thief) = await SignedInAsync("s-lockout");
        using var system = await TokenClientAsync(victim);

        await EndsAsync(thief, async () =>
        {
            using var attacker = fixture.App.CreateClient();
            for (var i = 0; i < 5; i++)
            {
                (await attacker.PostJsonAsync("/api/account/login", new { userName = "s-lockout", password = "wrong-password" })).StatusCode
                    .ShouldBe(HttpStatusCode.Unauthorized);
            }
        });
        (await victim.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the user's own browser too");
        (await system.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a locked-out user's API token is refused");
    }

    [Fact]
    public async Task A_password_reset_ends_the_session_and_only_the_new_password_signs_in()
    {
        var (user, _, thief) = await SignedInAsync("s-reset");
        using var admin = await fixture.App.LoginAsync("admin");

        await EndsAsync(thief, async () =>
            (await admin.PutJsonAsync($"/api/identity/users/{user.Id}/password", new { password = "Meadow4Compass" })).EnsureSuccessStatusCode());
        using var anonymous = fixture.App.CreateClient();
        (await anonymous.PostJsonAsync("/api/account/login", new { userName = "s-reset", password = Password })).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized, "the old password is gone");
        using var again = await SignsInAgainAsync("s-reset", "Meadow4Compass");
        (await admin.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK, "the admin's own session goes on");
    }

    [Fact]
    public async Task A_role_change_ends_the_session_and_the_next_sign_in_has_the_new_role()
    {
        var (user, _, thief) = await SignedInAsync("s-role");
        using var admin = await fixture.App.LoginAsync("admin");

        await EndsAsync(thief, async () =>
            (await admin.PutJsonAsync($"/api/identity/users/{user.Id}/role", new { role = "bureau_analyst" })).EnsureSuccessStatusCode());
        using var again = await SignsInAgainAsync("s-role", Password);
        var me = await again.GetJsonAsync<CurrentUserDto>("/api/account/me");
        me.Roles.ShouldBe(["bureau_analyst"]);
        me.SchoolId.ShouldBeNull();
    }

    [Fact]
    public async Task A_school_change_ends_the_session_and_the_next_sign_in_sees_the_new_school()
    {
        var (user, _, thief) = await SignedInAsync("s-school");
        using var admin = await fixture.App.LoginAsync("admin");

        await EndsAsync(thief, async () =>
            (await admin.PutJsonAsync($"/api/identity/users/{user.Id}/role", new { role = "school_filer", schoolCode = FilingApi.SchoolB }))
            .EnsureSuccessStatusCode());
        using var again = await SignsInAgainAsync("s-school", Password);
        (await again.GetJsonAsync<List<Zmd.Vocational.Institutions.Contracts.SchoolDto>>("/api/schools")).Select(s => s.Code).ShouldBe([FilingApi.SchoolB]);
    }

    [Fact]
    public async Task Disabling_ends_the_session_refuses_sign_in_and_stops_the_api_token_until_enabled()
    {
        var (user, victim, thief) = await SignedInAsync("s-disable");
        using var system = await TokenClientAsync(victim);
        using var admin = await fixture.App.LoginAsync("admin");

        await EndsAsync(thief, async () => (await admin.PostAsync($"/api/identity/users/{user.Id}/disable", null)).EnsureSuccessStatusCode());
        (await system.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a disabled user's API token is refused");
        using var anonymous = fixture.App.CreateClient();
        (await (await anonymous.PostJsonAsync("/api/account/login", new { userName = "s-disable", password = Password })).ProblemAsync()).Code
            .ShouldBe(IdentityErrorCodes.UserInactive);

        (await admin.PostAsync($"/api/identity/users/{user.Id}/enable", null)).EnsureSuccessStatusCode();
        (await system.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await thief.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "enabling gives no old session back");
    }

    [Fact]
    public async Task An_admin_signs_a_user_out_everywhere_through_the_api_and_it_is_in_the_security_log()
    {
        var (user, victim, thief) = await SignedInAsync("s-everywhere");
        using var system = await TokenClientAsync(victim);
        using var admin = await fixture.App.LoginAsync("admin");

        await EndsAsync(thief, async () => (await admin.PostAsync($"/api/identity/users/{user.Id}/sign-out", null)).EnsureSuccessStatusCode());
        (await victim.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await system.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.OK, "API tokens are credentials of their own, revoked one by one");

        var log = await admin.GetJsonAsync<List<SecurityLogDto>>("/api/identity/security-log");
        log.ShouldContain(e => e.UserName == "s-everywhere" && e.Action == SecurityAction.SessionsEnded && e.Detail == "by=admin");
    }

    [Fact]
    public async Task An_admin_signs_a_user_out_everywhere_on_the_users_page()
    {
        var (user, _, thief) = await SignedInAsync("s-page");
        using var admin = await fixture.App.LoginAsync("admin");
        var page = await admin.GetStringAsync("/Admin/Users");
        page.ShouldContain($"action=\"/Admin/Users?id={user.Id}&amp;handler=SignOut\"");
        var token = await admin.AntiforgeryTokenAsync("/Admin/Users");

        await EndsAsync(thief, async () =>
        {
            var posted = await admin.PostFormAsync($"/Admin/Users?id={user.Id}&handler=SignOut", ("__RequestVerificationToken", token));
            posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        });
        var log = await admin.GetJsonAsync<List<SecurityLogDto>>("/api/identity/security-log");
        log.ShouldContain(e => e.UserName == "s-page" && e.Action == SecurityAction.SessionsEnded);
    }

    [Fact]
    public async Task The_users_page_changes_a_school_and_resets_a_password_and_each_ends_the_session()
    {
        var (user, _, thief) = await SignedInAsync("s-page-change");
        using var admin = await fixture.App.LoginAsync("admin");

        await EndsAsync(thief, async () =>
        {
            var token = await admin.AntiforgeryTokenAsync("/Admin/Users");
            (await admin.PostFormAsync("/Admin/Users?handler=Role", ("Change.UserId", user.Id.ToString()), ("Change.Role", "school_filer"),
                ("Change.SchoolCode", FilingApi.SchoolB), ("__RequestVerificationToken", token))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        });
        using var changed = await SignsInAgainAsync("s-page-change", Password);
        (await changed.GetJsonAsync<CurrentUserDto>("/api/account/me")).SchoolId.ShouldNotBe(user.SchoolId);

        var token = await admin.AntiforgeryTokenAsync("/Admin/Users");
        (await admin.PostFormAsync("/Admin/Users?handler=Password", ("Change.UserId", user.Id.ToString()), ("Change.Password", "Meadow4Compass"),
            ("__RequestVerificationToken", token))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await changed.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the reset ended the newer session too");
        using var reset = await SignsInAgainAsync("s-page-change", "Meadow4Compass");

        var log = await admin.GetJsonAsync<List<SecurityLogDto>>("/api/identity/security-log");
        log.ShouldContain(e => e.UserName == "s-page-change" && e.Action == SecurityAction.RoleChanged && e.Detail!.Contains(FilingApi.SchoolB));
        log.ShouldContain(e => e.UserName == "s-page-change" && e.Action == SecurityAction.PasswordReset);
    }

    [Fact]
    public async Task Only_an_admin_ends_sessions_and_an_admin_cannot_disable_or_demote_themselves()
    {
        var (user, victim, thief) = await SignedInAsync("s-refused");
        using var analyst = await fixture.App.LoginAsync("analyst");
        (await analyst.PostAsync($"/api/identity/users/{user.Id}/sign-out", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await analyst.PutJsonAsync($"/api/identity/users/{user.Id}/role", new { role = "system_admin" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await victim.PostAsync($"/api/identity/users/{user.Id}/disable", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await thief.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "nothing was ended by the refused calls");

        using var admin = await fixture.App.LoginAsync("admin");
        var me = await admin.GetJsonAsync<CurrentUserDto>("/api/account/me");
        (await (await admin.PostAsync($"/api/identity/users/{me.Id}/disable", null)).ProblemAsync()).Code.ShouldBe(IdentityErrorCodes.OwnAccount);
        (await (await admin.PutJsonAsync($"/api/identity/users/{me.Id}/role", new { role = "bureau_analyst" })).ProblemAsync()).Code
            .ShouldBe(IdentityErrorCodes.OwnAccount);
        (await admin.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A new school filer, signed in: the user's own client, and a copy of the cookie that sign-in set, replayed
    /// by a client that never takes a Set-Cookie (as a stolen cookie would not). Both work before the test acts.</summary>
    private async Task<(UserDto User, HttpClient Victim, HttpClient Thief)> SignedInAsync(string userName)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var user = await (await admin.PostJsonAsync("/api/identity/users",
            new { userName, password = Password, role = "school_filer", schoolCode = FilingApi.SchoolA })).ReadAsync<UserDto>();
        var victim = fixture.App.CreateClient();
        var signedIn = await victim.PostJsonAsync("/api/account/login", new { userName, password = Password });
        signedIn.EnsureSuccessStatusCode();
        var cookie = string.Join("; ", signedIn.SetCookies().Where(c => c.StartsWith("zmd.auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
        cookie.ShouldStartWith("zmd.auth=");
        var thief = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = fixture.App.Address };
        thief.DefaultRequestHeaders.Add("Cookie", cookie);

        (await thief.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the copied cookie works before");
        (await thief.GetAsync(Page)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await victim.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (user, victim, thief);
    }

    /// <summary>Runs the event, then the copied cookie is refused at once: 401 from the API, the login page for a page.</summary>
    private static async Task EndsAsync(HttpClient thief, Func<Task> @event)
    {
        await @event();
        var after = Stopwatch.StartNew();
        (await thief.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the API refuses the copied cookie");
        var page = await thief.GetAsync(Page);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a page sends the copied cookie to the login page");
        page.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
        (await thief.GetAsync("/api/filing/datasets")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        after.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1), "within the same second, no waiting for a validation interval");
    }

    private async Task<HttpClient> SignsInAgainAsync(string userName, string password)
    {
        var client = await fixture.App.LoginAsync(userName, password);
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "a new sign-in works");
        return client;
    }

    private async Task<HttpClient> TokenClientAsync(HttpClient owner)
    {
        var created = await (await owner.PostJsonAsync("/api/account/tokens", new { name = "学籍系统", expiresInDays = 30, scope = "read" })).ReadAsync<CreatedApiTokenDto>();
        var system = fixture.App.CreateClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Secret);
        (await system.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.OK, "the token works before");
        return system;
    }
}
