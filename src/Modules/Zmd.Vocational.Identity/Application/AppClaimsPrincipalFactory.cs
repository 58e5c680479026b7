using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Application;

/// <summary>Adds the school binding and display name to the principal, for the school data filter and the layout.</summary>
internal sealed class AppClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ZmdClaimTypes.DisplayName, user.DisplayName));
        if (user.SchoolId is { } schoolId)
        {
            identity.AddClaim(new Claim(ZmdClaimTypes.SchoolId, schoolId.ToString()));
        }

        return identity;
    }
}
