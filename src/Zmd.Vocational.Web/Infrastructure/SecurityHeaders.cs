namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>Security headers on every response. The Content-Security-Policy allows no inline script and no inline style:
/// pages keep their styles in site.css and the server-drawn SVG charts use presentation attributes only (SvgWriter
/// refuses style attributes). A response that sets its own policy keeps it (the report preview serves stored HTML with a
/// stricter one that lets this application frame it); the API reference page has its own (ApiDocsContentSecurity).</summary>
internal static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";


    /// <summary>One year; only sent over HTTPS when the deployment requires it (browsers ignore it over plain HTTP anyway).</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool requireHttps) =>
        app.Use((context, next) =>
        {
            // Written when the response starts, so an endpoint's own policy (set during the request) is seen.
            context.Response.OnStarting(() =>
            {
                Apply(context, requireHttps);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Apply(HttpContext context, bool requireHttps)
    {
        var headers = context.Response.Headers;
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiDocsContentSecurity.Path) ? ApiDocsContentSecurity.AssetPolicy : PagePolicy;
        }

        // X-Frame-Options for browsers without frame-ancestors: same origin only where the policy allows 'self'.
        headers.XFrameOptions = headers.ContentSecurityPolicy.ToString().Contains("frame-ancestors 'self'", StringComparison.Ordinal) ? "SAMEORIGIN" : "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (requireHttps && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}
