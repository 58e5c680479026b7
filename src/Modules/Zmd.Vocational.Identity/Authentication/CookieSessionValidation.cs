using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Authentication;

/// <summary>A sign-in cookie is only as good as the server says, on every request: its user must still exist, be
/// active and not locked out, and still have the security stamp the cookie was issued with. Logout, lockout, disabling,
/// a password reset, a change of role or school and an admin's "sign out everywhere" all change the stamp
/// (<see cref="Application.UserSessions"/>), so every copy of every cookie of that user is refused from the next
/// request on. This replaces Identity's own validator, which with an interval of zero would also rebuild the principal
/// and re-issue the cookie on every request; here it is one query by primary key. A refused cookie is deleted and the
/// request goes on signed out: pages redirect to the login page, the API answers 401.</summary>
internal static class CookieSessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (!await IsCurrentAsync(context.Principal, context.HttpContext.RequestServices, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    private static async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal, IServiceProvider services, CancellationToken ct)
    {
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = principal?.FindFirstValue(stampType);
        if (string.IsNullOrEmpty(stamp) || !Guid.TryParse(principal!.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return false;
        }

        var user = await services.GetRequiredService<DbContext>().Set<AppUser>().AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.IsActive, u.LockoutEnd })
            .FirstOrDefaultAsync(ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return user is not null && user.IsActive && !(user.LockoutEnd > now) && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal);
    }
}
