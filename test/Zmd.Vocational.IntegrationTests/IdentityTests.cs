using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>Sign-in, lockout, and personal API tokens for school systems.</summary>
public sealed class IdentityTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Wrong_password_is_refused_and_repeated_failures_lock_the_account()
    {
        using var client = fixture.App.CreateClient();
        using var admin = await fixture.App.LoginAsync("admin");
        await (await admin.PostJsonAsync("/api/identity/users", new { userName = "lockme", password = "Harbour7Lantern", role = "bureau_analyst" })).ReadAsync<UserDto>();

        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostJsonAsync("/api/account/login", new { userName = "lockme", password = "wrong-password" });
            failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            var problem = await failed.ProblemAsync();
            if (i < 4)
            {
                problem.Code.ShouldBe(IdentityErrorCodes.InvalidLogin);
                problem.Detail.ShouldBe("用户名或密码错误。");
            }
        }

        // Locked: even the right password is refused now.
        var locked = await client.PostJsonAsync("/api/account/login", new { userName = "lockme", password = "Harbour7Lantern" });
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await locked.ProblemAsync()).Code.ShouldBe(IdentityErrorCodes.LockedOut);

        var log = await admin.GetJsonAsync<List<SecurityLogDto>>("/api/identity/security-log");
        log.Count(e => e.UserName == "lockme" && e.Action == SecurityAction.LoginFailed).ShouldBeGreaterThanOrEqualTo(4);
        log.ShouldContain(e => e.UserName == "lockme" && e.Action == SecurityAction.LockedOut);
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = fixture.App.CreateClient();
        var response = await client.PostJsonAsync("/api/account/login", new { userName = "nobody-here", password = "x" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ProblemAsync()).Code.ShouldBe(IdentityErrorCodes.InvalidLogin);
    }

    [Fact]
    public async Task A_school_system_calls_the_api_with_a_token_which_stops_working_once_revoked()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var created = await (await filer.PostJsonAsync("/api/account/tokens", new { name = "学籍系统对接", expiresInDays = 30, scope = "read" })).ReadAsync<CreatedApiTokenDto>();
        created.Secret.ShouldStartWith("zmd_");
        created.Token.ExpiresAt.ShouldBeGreaterThan(created.Token.CreatedAt.AddDays(29.9));
        created.Token.Scope.ShouldBe(ApiTokenScopes.Read);

        using var system = fixture.App.CreateClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Secret);
        var schools = await system.GetJsonAsync<List<SchoolDto>>("/api/schools");
        schools.Select(s => s.Code).ShouldBe(["3141172801"], "the token carries its owner's school and nothing more");
        (await system.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Only the hash is stored.
        await using (var scope = fixture.App.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var stored = await db.Database.SqlQueryRaw<string>("SELECT \"TokenHash\" AS \"Value\" FROM \"IdnApiTokens\"").ToListAsync();
            stored.ShouldNotContain(created.Secret);
            stored.ShouldAllBe(h => h.Length == 64);
        }

        (await filer.DeleteAsync($"/api/account/tokens/{created.Token.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await system.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Nobody_revokes_another_users_token_and_a_made_up_token_is_refused()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var created = await (await filer.PostJsonAsync("/api/account/tokens", new { name = "t", expiresInDays = 1, scope = "read" })).ReadAsync<CreatedApiTokenDto>();
        using var other = await fixture.App.LoginAsync("filer2");
        (await other.DeleteAsync($"/api/account/tokens/{created.Token.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var forged = fixture.App.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "zmd_" + new string('A', 43));
        (await forged.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_lists_the_users_permissions_and_school()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var me = await filer.GetJsonAsync<CurrentUserDto>("/api/account/me");
        me.UserName.ShouldBe("filer");
        me.SchoolId.ShouldNotBeNull();
        me.Permissions.ShouldContain(InstitutionsPermissions.SchoolsView);
        me.Permissions.ShouldNotContain(InstitutionsPermissions.SchoolsManage);
    }

    [Fact]
    public async Task A_school_filer_must_have_a_school_and_a_bureau_user_must_not()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var noSchool = await admin.PostJsonAsync("/api/identity/users", new { userName = "f-noschool", password = "Abcdefgh123", role = "school_filer" });
        (await noSchool.ProblemAsync()).Code.ShouldBe(IdentityErrorCodes.SchoolRequired);
        var bureauWithSchool = await admin.PostJsonAsync("/api/identity/users", new { userName = "a-school", password = "Abcdefgh123", role = "bureau_analyst", schoolCode = "3141172801" });
        (await bureauWithSchool.ProblemAsync()).Code.ShouldBe(IdentityErrorCodes.SchoolNotAllowed);
        var weak = await admin.PostJsonAsync("/api/identity/users", new { userName = "weak", password = "123", role = "bureau_analyst" });
        (await weak.ProblemAsync()).Code.ShouldBe(IdentityErrorCodes.PasswordRejected);
    }
}
