namespace Zmd.Vocational.Core.Security;

/// <summary>The four roles of the product brief. Code checks permissions, never these names;
/// the names only say which role a permission is granted to by default.</summary>
public static class RoleNames
{
    public const string SystemAdmin = "system_admin";
    public const string BureauAnalyst = "bureau_analyst";
    public const string BureauApprover = "bureau_approver";
    public const string SchoolFiler = "school_filer";

    public static readonly IReadOnlyList<string> All = [SystemAdmin, BureauAnalyst, BureauApprover, SchoolFiler];

    /// <summary>Bureau roles see every school; a school filer is bound to one school.</summary>
    public static readonly IReadOnlyList<string> Bureau = [SystemAdmin, BureauAnalyst, BureauApprover];

    public static bool IsBureauRole(string role) => Bureau.Contains(role);
}
