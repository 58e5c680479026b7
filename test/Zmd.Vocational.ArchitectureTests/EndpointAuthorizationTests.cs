using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>Every HTTP API endpoint of the real host requires a defined permission, with three named exceptions: login
/// (anonymous), logout and "me" (any signed-in user).</summary>
public sealed class EndpointAuthorizationTests
{
    private static readonly string[] AnonymousAllowed = ["/api/account/login"];
    private static readonly string[] SignedInAllowed = ["/api/account/logout", "/api/account/me"];

    [Fact]
    public async Task Every_api_endpoint_requires_a_defined_permission()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        var permissions = Modules.PermissionNames;

        // "/api-docs" (the API reference page) is not under /api: only the /api segment counts.
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && IsUnderApi(raw))
            .ToList();
        endpoints.Count.ShouldBeGreaterThan(AnonymousAllowed.Length + SignedInAllowed.Length);

        var offenders = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = Normalize(endpoint.RoutePattern.RawText!);
            var name = $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} {route}";
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();

            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                if (!AnonymousAllowed.Contains(route))
                {
                    offenders.Add($"{name}: allows anonymous callers");
                }

                continue;
            }

            if (authorize.Count == 0)
            {
                offenders.Add($"{name}: requires no authorization");
                continue;
            }

            foreach (var data in authorize)
            {
                if (!string.IsNullOrEmpty(data.Roles))
                {
                    offenders.Add($"{name}: requires roles \"{data.Roles}\" instead of a permission");
                }

                if (!string.IsNullOrEmpty(data.Policy) && !permissions.Contains(data.Policy))
                {
                    offenders.Add($"{name}: policy \"{data.Policy}\" is no defined permission");
                }
            }

            // An empty policy is the default policy (any signed-in user), as plain [Authorize] or RequireAuthorization().
            if (!authorize.Any(a => !string.IsNullOrEmpty(a.Policy)) && !SignedInAllowed.Contains(route))
            {
                offenders.Add($"{name}: requires only a signed-in user, not a permission");
            }
        }

        offenders.ShouldBeEmpty(string.Join("; ", offenders));
    }

    private static bool IsUnderApi(string raw)
    {
        var route = Normalize(raw);
        return route == "/api" || route.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string raw) => "/" + raw.Trim('/');
}
