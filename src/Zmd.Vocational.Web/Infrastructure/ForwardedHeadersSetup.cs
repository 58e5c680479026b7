using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>Behind nginx: X-Forwarded-For and X-Forwarded-Proto are believed only from ForwardedHeaders:KnownProxies
/// (default 127.0.0.1 and ::1, nginx on the same machine), so Request.IsHttps, the client address used by the login
/// rate limiter and the Secure cookies are right, and nobody else can pretend to be another address or to use HTTPS.</summary>
internal static class ForwardedHeadersSetup
{
    public static readonly string[] DefaultKnownProxies = ["127.0.0.1", "::1"];

    /// <summary>With Security:RequireHttps, a request that did not come over HTTPS (through the proxy) is sent to the
    /// HTTPS address (308) instead of being served with cookies it could not keep; /health stays reachable over plain
    /// HTTP on the machine for monitoring.</summary>
    public static IApplicationBuilder UseHttpsOnly(this IApplicationBuilder app, bool requireHttps) =>
        requireHttps
            ? app.UseWhen(context => !context.Request.IsHttps && !context.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection())
            : app;

    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() is { Length: > 0 } configured
            ? configured
            : DefaultKnownProxies;
        services.AddHttpsRedirection(o =>
        {
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            o.HttpsPort = 443;
        });
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            // One proxy: the last address nginx appended is the client's; anything before it was sent by the client.
            o.ForwardLimit = 1;
        });
    }
}
