using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Identity.Endpoints;

public static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account").WithTags("Account");

        // Login is the one write that cannot require a permission; it is audited and locks out after repeated failures.
        account.MapPost("/login", (IAccountService accounts, LoginRequest request, CancellationToken ct) => accounts.LoginAsync(request, ct))
            .AllowAnonymous()
            .WithSummary("登录（Cookie） / Sign in with the cookie");

        account.MapPost("/logout", async (IAccountService accounts, CancellationToken ct) =>
            {
                await accounts.LogoutAsync(ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithSummary("退出登录（该用户在所有设备上的会话一并结束） / Sign out (every session of the user ends, on every device)");

        account.MapGet("/me", async (IAccountService accounts, HttpContext http, CancellationToken ct) =>
                await accounts.GetCurrentAsync(http.User, ct) is { } me ? Results.Ok(me) : Results.Unauthorized())
            .RequireAuthorization()
            .WithSummary("当前用户与权限 / The signed-in user and their permissions");

        var tokens = account.MapGroup("/tokens").RequireAuthorization(IdentityPermissions.OwnTokens);
        tokens.MapGet("", (IApiTokenService service, CancellationToken ct) => service.ListMineAsync(ct))
            .WithSummary("我的 API 令牌 / My API tokens");
        tokens.MapPost("", async (IApiTokenService service, NewApiTokenInput input, CancellationToken ct) =>
                TypedResults.Created("/api/account/tokens", await service.CreateAsync(input, ct)))
            .WithSummary("创建 API 令牌（仅显示一次；有效期 1–365 天；权限范围 read 只读 / file 只读并可上传、提交本校数据） / Create an API token (the secret is shown once; valid 1–365 days; scope read or file)");
        tokens.MapDelete("/{id:guid}", async (IApiTokenService service, Guid id, CancellationToken ct) =>
            {
                await service.RevokeAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("吊销 API 令牌 / Revoke an API token");

        var users = app.MapGroup("/api/identity/users").WithTags("Identity");
        users.MapGet("", (IUserAdministration admin, CancellationToken ct) => admin.ListAsync(ct))
            .RequireAuthorization(IdentityPermissions.UsersView)
            .WithSummary("用户列表 / Users");
        users.MapPost("", async (IUserAdministration admin, NewUserInput input, CancellationToken ct) =>
                TypedResults.Created("/api/identity/users", await admin.CreateAsync(input, ct)))
            .RequireAuthorization(IdentityPermissions.UsersManage)
            .WithSummary("新增用户 / Create a user");

        // Each of these ends every session of the user at once (their cookies are refused from the next request on).
        var user = users.MapGroup("/{id:guid}").RequireAuthorization(IdentityPermissions.UsersManage);
        user.MapPut("/role", (IUserAdministration admin, Guid id, UserRoleInput input, CancellationToken ct) => admin.ChangeRoleAsync(id, input, ct))
            .WithSummary("更改角色与所属学校（结束该用户的所有会话） / Change the role and school (ends all of the user's sessions)");
        user.MapPut("/password", (IUserAdministration admin, Guid id, PasswordResetInput input, CancellationToken ct) => admin.ResetPasswordAsync(id, input, ct))
            .WithSummary("重置密码（结束该用户的所有会话） / Reset the password (ends all of the user's sessions)");
        user.MapPost("/disable", (IUserAdministration admin, Guid id, CancellationToken ct) => admin.SetActiveAsync(id, false, ct))
            .WithSummary("停用账号（结束所有会话，API 令牌失效） / Disable the account (ends all sessions; its API tokens stop working)");
        user.MapPost("/enable", (IUserAdministration admin, Guid id, CancellationToken ct) => admin.SetActiveAsync(id, true, ct))
            .WithSummary("启用账号 / Enable the account");
        user.MapPost("/unlock", (IUserAdministration admin, Guid id, CancellationToken ct) => admin.UnlockAsync(id, ct))
            .WithSummary("解除登录失败锁定 / Lift a lockout after failed sign-ins");
        user.MapPost("/sign-out", (IUserAdministration admin, Guid id, CancellationToken ct) => admin.SignOutEverywhereAsync(id, ct))
            .WithSummary("在所有设备上退出登录 / Sign the user out everywhere (every browser, every copied cookie; API tokens stay)");

        app.MapGet("/api/identity/security-log", (ISecurityLog log, int? take, CancellationToken ct) => log.ListAsync(take ?? 200, ct))
            .WithTags("Identity")
            .RequireAuthorization(IdentityPermissions.SecurityLogView)
            .WithSummary("安全日志（登录、退出、令牌） / Security log");
        return app;
    }
}
