using Microsoft.AspNetCore.Localization;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Web.Infrastructure;

internal static class HostEndpoints
{
    /// <summary>GET /culture/{name}?returnUrl=… stores the language in a cookie and goes back (local URLs only).</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture/{name}", (HttpContext http, SecurityOptions security, string name, string? returnUrl) =>
            {
                var culture = JsonLocalizationStore.SupportedCultures.Contains(name) ? name : JsonLocalizationStore.DefaultCulture;
                http.Response.Cookies.Append(SecureCookies.CultureCookieName(security.RequireHttps),
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    SecureCookies.CultureCookieOptions(security.RequireHttps));
                return Results.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous()
            .WithTags("Localization")
            .WithName("SwitchCulture")
            .WithSummary("切换界面语言 / Switch the page language")
            .WithDescription("name = zh-CN | en (any other name gives zh-CN). Stores the choice in the language cookie and redirects " +
                "(302) to returnUrl when it is a local path (\"/…\", never \"//host\", \"/\\host\" or a path with a control character), " +
                "else to \"/\". The API follows Accept-Language instead.")
            .Produces(StatusCodes.Status302Found);

    /// <summary>The same test as ASP.NET's IsLocalUrl (which LocalRedirect applies again, throwing) for paths: "/" or "/x",
    /// never "//host" or "/\\host", and no control character anywhere: browsers drop a tab, CR or LF from a URL, so
    /// "/\t/host" is "//host" to them.</summary>
    internal static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);

    public static void MapHostEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit-log", (IAuditLogReader reader, string? entityType, string? entityId, int? take, CancellationToken ct) =>
                reader.GetChangesAsync(entityType, entityId, take ?? 100, ct))
            .WithTags("Audit")
            .RequireAuthorization(IdentityPermissions.AuditLogView)
            .WithSummary("数据变更日志 / Entity change audit log (who, when, old, new)");
}
