using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Application;

/// <summary>Cookie sign-in with lockout after repeated failures; every attempt lands in the security log.
/// A wrong user name and a wrong password give the same answer, so names cannot be probed.</summary>
internal sealed class AccountService(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, ISecurityLog log, IPermissionChecker permissions) : IAccountService
{
    public async Task<CurrentUserDto> LoginAsync(LoginRequest request, CancellationToken ct = default)
    {
        var userName = Guard.Required(request.UserName, "UserName", 256);
        var password = request.Password ?? "";
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            await log.WriteAsync(SecurityAction.LoginFailed, userName, null, "unknown user", ct);
            throw new BusinessException(IdentityErrorCodes.InvalidLogin, ErrorKind.Unauthorized);
        }

        if (!user.IsActive)
        {
            await log.WriteAsync(SecurityAction.LoginFailed, userName, user.Id, "inactive", ct);
            throw new BusinessException(IdentityErrorCodes.UserInactive, ErrorKind.Unauthorized);
        }

        var result = await signIn.PasswordSignInAsync(user, password, request.RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            // A locked account has no sessions either, and gets none back when the lockout ends.
            await users.EndSessionsAsync(user);
            await log.WriteAsync(SecurityAction.LockedOut, userName, user.Id, null, ct);
            throw new BusinessException(IdentityErrorCodes.LockedOut, ErrorKind.Unauthorized);
        }

        if (!result.Succeeded)
        {
            await log.WriteAsync(SecurityAction.LoginFailed, userName, user.Id, "wrong password", ct);
            throw new BusinessException(IdentityErrorCodes.InvalidLogin, ErrorKind.Unauthorized);
        }

        await log.WriteAsync(SecurityAction.LoginSucceeded, userName, user.Id, null, ct);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return (await GetCurrentAsync(principal, ct))!;
    }

    /// <summary>Signs out this browser and ends every other session of the user too (the cookie carries no session of
    /// its own to end: a copy of it made before the logout is refused from now on, wherever it is used).</summary>
    public async Task LogoutAsync(CancellationToken ct = default)
    {
        var principal = signIn.Context.User;
        await signIn.SignOutAsync();
        if (principal.Identity?.IsAuthenticated == true)
        {
            var user = await users.GetUserAsync(principal);
            if (user is not null)
            {
                await users.EndSessionsAsync(user);
            }

            var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var g) ? g : (Guid?)null;
            await log.WriteAsync(SecurityAction.Logout, principal.Identity.Name ?? "", id, null, ct);
        }
    }

    public async Task<CurrentUserDto?> GetCurrentAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.Identity?.IsAuthenticated != true || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return null;
        }

        var granted = await permissions.GetGrantedAsync(principal, ct);
        return new CurrentUserDto(
            id,
            principal.Identity.Name ?? "",
            principal.FindFirstValue(ZmdClaimTypes.DisplayName) ?? principal.Identity.Name ?? "",
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            Guid.TryParse(principal.FindFirstValue(ZmdClaimTypes.SchoolId), out var school) ? school : null,
            granted.Order(StringComparer.Ordinal).ToList());
    }
}
