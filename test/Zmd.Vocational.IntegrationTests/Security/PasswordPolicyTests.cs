using System.Net;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>Beyond length and character classes, a new user's password may not contain the user name nor be a
/// well-known password or pattern; the API and the users page say so in Chinese (English when chosen) and create nothing.
/// (The CLI is covered in CliTests.)</summary>
public sealed class PasswordPolicyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("zhangwei", "Zhangwei2025x", IdentityErrorCodes.PasswordContainsUserName, "密码不能包含用户名")]
    [InlineData("liuyang", "My-LIUYANG-88x", IdentityErrorCodes.PasswordContainsUserName, "密码不能包含用户名")]
    [InlineData("zhaolei", "Aa123456789", IdentityErrorCodes.PasswordTooCommon, "密码过于常见")]
    [InlineData("sunli", "Zmd123456789", IdentityErrorCodes.PasswordTooCommon, "密码过于常见")]
    [InlineData("zhouqi", "Password2025", IdentityErrorCodes.PasswordTooCommon, "密码过于常见")]
    [InlineData("wuhao", "Qwerty@123456", IdentityErrorCodes.PasswordTooCommon, "密码过于常见")]
    [InlineData("zhengyi", "Woaini5201314", IdentityErrorCodes.PasswordTooCommon, "密码过于常见")]
    [InlineData("chenmo", "Short1a", IdentityErrorCodes.PasswordRejected, "至少 10 位")]
    public async Task A_weak_password_is_refused_with_a_clear_Chinese_message_and_no_user_is_created(string userName, string password, string code, string message)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var response = await admin.PostJsonAsync("/api/identity/users", new { userName, password, role = "bureau_analyst" });

        var problem = await response.ProblemAsync();
        problem.Status.ShouldBe(400);
        problem.Code.ShouldBe(code);
        problem.Field.ShouldBe("Password");
        problem.Detail.ShouldContain(message);
        (await admin.GetJsonAsync<List<UserDto>>("/api/identity/users")).ShouldNotContain(u => u.UserName == userName);
    }

    [Fact]
    public async Task A_strong_password_is_accepted_and_the_message_is_English_when_asked()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        (await admin.PostJsonAsync("/api/identity/users", new { userName = "gaofeng", password = "Lantern7-Orchard", role = "bureau_analyst" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        using var signIn = await fixture.App.LoginAsync("gaofeng", "Lantern7-Orchard");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/identity/users")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { userName = "heyan", password = "Heyan20252025", role = "bureau_analyst" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        (await (await admin.SendAsync(request)).ProblemAsync()).Detail.ShouldBe("The password must not contain the user name; please choose another.");
    }

    [Fact]
    public async Task The_users_page_shows_the_reason_next_to_the_form()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var token = await admin.AntiforgeryTokenAsync("/Admin/Users");
        var response = await admin.PostFormAsync("/Admin/Users",
            ("Input.UserName", "qianmin"), ("Input.Password", "Admin12345678"), ("Input.Role", "bureau_analyst"), ("__RequestVerificationToken", token));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("密码过于常见");
        html.ShouldContain("[Identity:PasswordTooCommon]");
        (await admin.GetJsonAsync<List<UserDto>>("/api/identity/users")).ShouldNotContain(u => u.UserName == "qianmin");
    }
}
