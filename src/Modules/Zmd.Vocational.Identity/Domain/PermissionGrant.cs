using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Identity.Domain;

/// <summary>A permission granted to a role (ABP's PermissionGrant, role-scoped only).</summary>
internal sealed class PermissionGrant : Entity
{
    public string RoleName { get; set; } = "";
    public string Permission { get; set; } = "";
}
