namespace Zmd.Vocational.Identity.Contracts;

public static class IdentityErrorCodes
{
    public const string InvalidLogin = "Identity:InvalidLogin";
    public const string LockedOut = "Identity:LockedOut";
    public const string UserInactive = "Identity:UserInactive";
    public const string UnknownRole = "Identity:UnknownRole";
    public const string SchoolRequired = "Identity:SchoolRequired";
    public const string SchoolNotAllowed = "Identity:SchoolNotAllowed";
    public const string UnknownSchool = "Identity:UnknownSchool";
    public const string DuplicateUserName = "Identity:DuplicateUserName";
    public const string PasswordRejected = "Identity:PasswordRejected";
    public const string PasswordContainsUserName = "Identity:PasswordContainsUserName";
    public const string PasswordTooCommon = "Identity:PasswordTooCommon";
    public const string UserNotFound = "Identity:UserNotFound";
    public const string TokenNotFound = "Identity:TokenNotFound";
    public const string InvalidExpiry = "Identity:InvalidExpiry";
    public const string InvalidTokenScope = "Identity:InvalidTokenScope";

    /// <summary>An admin may not disable their own account nor change their own role (nobody could undo it).</summary>
    public const string OwnAccount = "Identity:OwnAccount";

    /// <summary>A request made with an API token outside the token's scope (403).</summary>
    public const string TokenScope = "Identity:TokenScope";
}
