using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>The Scalar API reference page (/api-docs/) starts from one inline module script holding its settings. Rather
/// than allow every inline script there, this buffers that small HTML page, hashes each inline script and allows exactly
/// those (script-src 'sha256-…'). Styles stay 'unsafe-inline' on that page only: Scalar, a Vue app, inserts its CSS at
/// run time. Its scripts and styles are files served by the app itself (no CDN: bureau networks are closed).</summary>
internal static partial class ApiDocsContentSecurity
{
    public const string Path = "/api-docs";

    private const string PolicyTemplate =
        "default-src 'self'; script-src 'self'{0}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /// <summary>The policy for Scalar's scripts and assets under /api-docs/ (no inline script on those).</summary>
    public static readonly string AssetPolicy = string.Format(CultureInfo.InvariantCulture, PolicyTemplate, string.Empty);

    public static IApplicationBuilder UseApiDocsContentSecurity(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            if (!HttpMethods.IsGet(context.Request.Method) || (path != Path && path != Path + "/"))
            {
                await next(context);
                return;
            }

            // The page is about a kilobyte: buffer it, then set the policy before the first byte goes out.
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            context.Response.Headers.ContentSecurityPolicy = PolicyFor(html);
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        });

    /// <summary>The page policy allowing exactly the inline scripts of <paramref name="html"/>.</summary>
    internal static string PolicyFor(string html)
    {
        var hashes = InlineScript().Matches(html)
            .Select(m => " 'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value))) + "'")
            .Distinct();
        return string.Format(CultureInfo.InvariantCulture, PolicyTemplate, string.Concat(hashes));
    }

    /// <summary>A script element without a src attribute, and its exact text (what browsers hash).</summary>
    [GeneratedRegex("<script(?![^>]*\\bsrc\\s*=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
