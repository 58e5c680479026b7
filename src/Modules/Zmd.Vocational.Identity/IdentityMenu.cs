using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Identity;

internal sealed class IdentityMenu : IMenuContributor
{
    public IEnumerable<MenuItem> Items() =>
    [
        new(MenuGroups.Admin, "Menu:Users", "/Admin/Users", IdentityPermissions.UsersView, 10),
        new(MenuGroups.Admin, "Menu:Tokens", "/Account/Tokens", IdentityPermissions.OwnTokens, 20),
        new(MenuGroups.Admin, "Menu:SecurityLog", "/Admin/SecurityLog", IdentityPermissions.SecurityLogView, 30),
        new(MenuGroups.Admin, "Menu:AuditLog", "/Admin/AuditLog", IdentityPermissions.AuditLogView, 40),
    ];
}
