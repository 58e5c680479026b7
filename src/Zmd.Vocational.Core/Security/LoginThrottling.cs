namespace Zmd.Vocational.Core.Security;

/// <summary>What the host's login rate limiter and the login page share. When the limiter refuses a login form post,
/// the host still runs the login page (with status 429) so the user sees why; the page finds this item and shows the
/// message instead of trying the password.</summary>
public static class LoginThrottling
{
    /// <summary>HttpContext.Items key set by the host on a refused login attempt.</summary>
    public const string RejectedItem = "Zmd.LoginThrottled";

    /// <summary>Localization key (and problem code) of the message.</summary>
    public const string ErrorCode = "Security:LoginRateLimited";

    public static bool IsRejected(Microsoft.AspNetCore.Http.HttpContext context) => context.Items.ContainsKey(RejectedItem);
}
