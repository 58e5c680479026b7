using Zmd.Vocational.Core.Errors;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>Defense in depth for the cookie-authenticated JSON API: an unsafe request (POST, PUT, PATCH, DELETE) under
/// /api that a browser says comes from another site is refused with 403 Security:CrossSiteRequest. SameSite=Lax already
/// keeps the cookie off such requests; this also covers a browser or proxy that gets SameSite wrong. Requests with an
/// API token (school systems) and requests without Origin, Referer or Sec-Fetch-Site (scripts, curl) are not affected.</summary>
internal static class CrossSiteRequestGuard
{
    public const string ErrorCode = "Security:CrossSiteRequest";

    /// <summary>Personal API tokens are sent as "Bearer zmd_…" (Identity's ApiTokenService.SecretPrefix).</summary>
    private const string TokenPrefix = "Bearer zmd_";

    public static IApplicationBuilder UseCrossSiteRequestGuard(this IApplicationBuilder app) =>
        app.Use((context, next) => IsCrossSite(context.Request)
            ? throw new BusinessException(ErrorCode, ErrorKind.Forbidden)
            : next(context));

    internal static bool IsCrossSite(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments("/api")
            || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || request.Headers.Authorization.ToString().StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Browsers send Origin on unsafe requests (the literal "null" from sandboxed or privacy-sensitive contexts:
        // refused too); Referer is the fallback for older ones.
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return !IsSameOrigin(origin, request);
        }

        var referer = request.Headers.Referer.ToString();
        return referer.Length > 0 && !IsSameOrigin(referer, request);
    }

    /// <summary>Scheme, host and port equal to this request's (after forwarded headers, so right behind nginx).</summary>
    private static bool IsSameOrigin(string url, HttpRequest request)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !request.Host.HasValue)
        {
            return false;
        }

        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            && uri.Port == port;
    }
}
