using Microsoft.AspNetCore.Identity;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Application;

/// <summary>Ends every session of a user at once: a new security stamp, which every cookie is checked against on every
/// request (<see cref="Authentication.CookieSessionValidation"/>). API tokens are credentials of their own, revoked
/// one by one; they stop with the account (disabled or locked out), not with a session.</summary>
internal static class UserSessions
{
    public static async Task EndSessionsAsync(this UserManager<AppUser> users, AppUser user)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            // Not ended means still signed in: never carry on as if it had worked.
            throw new InvalidOperationException("The sessions of " + user.UserName + " could not be ended: " +
                string.Join(" ", result.Errors.Select(e => e.Code + " " + e.Description)));
        }
    }
}
