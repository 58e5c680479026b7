using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>The cookies the application sets: sign-in, anti-forgery, TempData and language. All HttpOnly (no script
/// reads them). When Security:RequireHttps is true they are Secure and named with the __Host- prefix, which browsers
/// accept only from HTTPS, for the whole site and without a Domain: a sibling subdomain cannot plant or overwrite them.</summary>
internal static class SecureCookies
{
    public const string HostPrefix = "__Host-";

    public static string Name(string name, bool requireHttps) => requireHttps ? HostPrefix + name : name;

    public static string CultureCookieName(bool requireHttps) => Name(CookieRequestCultureProvider.DefaultCookieName, requireHttps);

    public static IServiceCollection AddSecureCookies(this IServiceCollection services, bool requireHttps)
    {
        var secure = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        // After Identity's own ConfigureApplicationCookie, so the name and policy here win.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            o.Cookie.Name = Name(o.Cookie.Name ?? "zmd.auth", requireHttps);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secure;
            o.Cookie.Path = "/";
        });

        // Strict: the token only has to reach this site's own form posts.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = Name("zmd.antiforgery", requireHttps);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
        });

        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = Name("zmd.tempdata", requireHttps);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secure;
        });
        return services;
    }

    /// <summary>Options of the language cookie written by /culture/{name}; Lax so the language survives following a link in.</summary>
    public static CookieOptions CultureCookieOptions(bool requireHttps) => new()
    {
        Expires = DateTimeOffset.UtcNow.AddYears(1),
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = requireHttps,
        IsEssential = true,
        Path = "/",
    };
}
