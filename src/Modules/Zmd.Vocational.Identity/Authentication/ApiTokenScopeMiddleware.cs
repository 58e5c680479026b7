using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Application;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Identity.Authentication;

/// <summary>The one place an API token's scope is enforced, for every endpoint and page: it runs after authentication
/// (so the token's principal is known) and after routing (so the endpoint's permissions are known), before
/// authorization. A request outside the scope is refused with 403 <c>Identity:TokenScope</c> and written to the
/// security log. Within the scope, the usual permission and school checks still apply to the token's owner.</summary>
internal sealed class ApiTokenScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, PermissionRegistry permissions, ISecurityLog log)
    {
        var scope = context.User.FindFirstValue(ZmdClaimTypes.ApiTokenScope);
        if (scope is not null && !Allows(scope, context, permissions))
        {
            var userId = Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
            await log.WriteAsync(SecurityAction.TokenScopeRefused, context.User.Identity?.Name ?? "", userId,
                $"scope={scope} {context.Request.Method} {context.Request.Path}", context.RequestAborted);
            throw new BusinessException(IdentityErrorCodes.TokenScope, ErrorKind.Forbidden, new Dictionary<string, object?>
            {
                ["scope"] = scope,
                ["method"] = context.Request.Method,
                ["path"] = context.Request.Path.Value,
            });
        }

        await next(context);
    }

    private static bool Allows(string scope, HttpContext context, PermissionRegistry permissions)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return scope is ApiTokenScopes.Read or ApiTokenScopes.File;
        }

        return scope == ApiTokenScopes.File && IsSchoolFilingWork(context, permissions);
    }

    /// <summary>A write a school's own system pushes: under /api/filing or /api/college, on an endpoint that requires
    /// a permission marked as school filing work (upload, submit, the college's reports). Approvals, school years,
    /// tokens, users and every other write fail this test, whoever owns the token.</summary>
    private static bool IsSchoolFilingWork(HttpContext context, PermissionRegistry permissions)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/api/filing") && !path.StartsWithSegments("/api/college"))
        {
            return false;
        }

        var required = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>() ?? [];
        var filingWork = permissions.All.Where(p => p.SchoolFilingWork).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return required.Any(filingWork.Contains);
    }
}

public static class ApiTokenScopeApplicationBuilderExtensions
{
    /// <summary>Call between UseAuthentication and UseAuthorization.</summary>
    public static IApplicationBuilder UseApiTokenScopes(this IApplicationBuilder app) => app.UseMiddleware<ApiTokenScopeMiddleware>();
}
