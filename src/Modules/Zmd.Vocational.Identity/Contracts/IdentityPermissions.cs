namespace Zmd.Vocational.Identity.Contracts;

public static class IdentityPermissions
{
    public const string Group = "Identity";

    public const string UsersView = "Identity.Users.View";
    public const string UsersManage = "Identity.Users.Manage";
    public const string OwnTokens = "Identity.Tokens.Own";
    public const string SecurityLogView = "Identity.SecurityLog.View";
    public const string AuditLogView = "Identity.AuditLog.View";
}
