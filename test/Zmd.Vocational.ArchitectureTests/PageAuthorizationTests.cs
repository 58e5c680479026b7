using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>Pages require a permission (never a role name), except the few pages that must open without one.</summary>
public sealed class PageAuthorizationTests
{
    /// <summary>Pages that open for anyone or for any signed-in user (named in full: several modules have an IndexModel).</summary>
    private static readonly string[] AllowedWithoutPermission =
    [
        "Zmd.Vocational.Identity.Pages.Account.LoginModel",
        "Zmd.Vocational.Identity.Pages.Account.LogoutModel",
        "Zmd.Vocational.Identity.Pages.Account.AccessDeniedModel",
        "Zmd.Vocational.Web.Pages.IndexModel",
        "Zmd.Vocational.Web.Pages.ErrorModel",
    ];

    private static IReadOnlyList<Type> PageModels() =>
        Modules.All.Select(m => m.Assembly).Append(Modules.Web)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && typeof(PageModel).IsAssignableFrom(t))
            .ToList();

    [Fact]
    public void Pages_are_found()
    {
        var pages = PageModels().Select(t => t.FullName).ToList();
        pages.Count.ShouldBeGreaterThan(AllowedWithoutPermission.Length);

        // The allow-list names real pages: a renamed page must not leave a stale entry behind.
        foreach (var name in AllowedWithoutPermission)
        {
            pages.ShouldContain(name);
        }
    }

    [Fact]
    public void Every_page_requires_a_defined_permission_or_is_allowed_without_one()
    {
        var permissions = Modules.PermissionNames;
        permissions.ShouldNotBeEmpty();

        var offenders = new List<string>();
        foreach (var page in PageModels())
        {
            var authorize = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();
            foreach (var attribute in authorize)
            {
                if (!string.IsNullOrEmpty(attribute.Roles))
                {
                    offenders.Add($"{page.FullName}: requires roles \"{attribute.Roles}\" instead of a permission");
                }

                if (!string.IsNullOrEmpty(attribute.Policy) && !permissions.Contains(attribute.Policy))
                {
                    offenders.Add($"{page.FullName}: policy \"{attribute.Policy}\" is no defined permission");
                }
            }

            var hasPermission = authorize.Any(a => !string.IsNullOrEmpty(a.Policy) && permissions.Contains(a.Policy));
            if (!hasPermission && !AllowedWithoutPermission.Contains(page.FullName))
            {
                offenders.Add($"{page.FullName}: no [Authorize(Policy = <permission>)]");
            }
        }

        offenders.ShouldBeEmpty(string.Join("; ", offenders));
    }
}
