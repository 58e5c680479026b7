namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>The "Security" settings. RequireHttps is false for development and tests, true in production (behind nginx
/// terminating TLS): cookies become Secure with the __Host- prefix and responses carry HSTS.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    public bool RequireHttps { get; set; }

    public LoginRateLimitOptions LoginRateLimit { get; set; } = new();

    public static SecurityOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<SecurityOptions>() ?? new SecurityOptions();
}

/// <summary>Login attempts allowed per client IP address in a fixed window, on top of the per-account lockout.</summary>
public sealed class LoginRateLimitOptions
{
    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;
}
