using System.Security.Claims;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Web.Infrastructure;

public sealed record NavigationGroup(string TextKey, IReadOnlyList<MenuItem> Items);

/// <summary>The navigation a user sees: every module's menu items that the user's permissions allow, grouped.</summary>
public sealed class Navigation(IEnumerable<IMenuContributor> contributors, IPermissionChecker permissions)
{
    public async Task<IReadOnlyList<NavigationGroup>> ForAsync(ClaimsPrincipal user)
    {
        var granted = await permissions.GetGrantedAsync(user);
        var visible = contributors.SelectMany(c => c.Items()).Where(i => granted.Contains(i.Permission)).ToList();
        return MenuGroups.Order
            .Select(g => new NavigationGroup(g, visible.Where(i => i.Group == g).OrderBy(i => i.Order).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
    }
}
