using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>A change made through a page needs the same permission as through the API: every state-changing page handler
/// (every OnPost… of every page model, found by reflection) declares its permission with [RequirePermission], and each
/// API endpoint it names as its twin requires exactly that permission in the running host's route table.</summary>
public sealed class PageHandlerAuthorizationTests
{
    [Fact]
    public void Every_page_model_is_found_with_its_page_and_its_handlers()
    {
        var models = PageHandlers.Assemblies.Distinct().SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && typeof(PageModel).IsAssignableFrom(t))
            .ToList();
        models.Count.ShouldBeGreaterThan(20);
        models.Where(m => !PageHandlers.Pages.ContainsKey(m)).Select(m => m.FullName).ShouldBeEmpty("page models without a compiled page");

        // Spot checks that the reflection sees what ASP.NET routes: names, verbs and page routes.
        PageHandlers.All.Count.ShouldBeGreaterThan(30);
        PageHandlers.All.ShouldContain(h => h.Model.Name == "ProjectModel" && h.Handler == "Approve" && h.HttpMethod == "POST"
            && h.RouteTemplate == "/College/Project/{id:guid}");
        PageHandlers.All.ShouldContain(h => h.Model.FullName == "Zmd.Vocational.Filing.Pages.Filing.IndexModel" && h.Handler == "Submit"
            && h.RouteTemplate == "/Filing");
        PageHandlers.All.ShouldContain(h => h.Model.Name == "UploadModel" && h.Handler == "" && h.RouteTemplate == "/Filing/Upload");
        foreach (var name in PageHandlers.WithoutPermission)
        {
            PageHandlers.All.Select(h => h.Name).ShouldContain(name, "the list of handlers open without a permission names a real handler");
        }
    }

    [Fact]
    public async Task Every_state_changing_handler_requires_the_permission_of_its_api_twin()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        var offenders = Offenders(PageHandlers.All, EndpointPolicies(app.Services.GetRequiredService<EndpointDataSource>()));
        offenders.ShouldBeEmpty(string.Join("; ", offenders));
    }

    [Fact]
    public async Task A_handler_without_a_permission_or_with_another_than_its_twin_is_caught()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        var offenders = Offenders(PageHandlers.Handlers(typeof(WrongModel), "/Wrong").ToList(),
            EndpointPolicies(app.Services.GetRequiredService<EndpointDataSource>()));

        offenders.Count.ShouldBe(4, string.Join("; ", offenders));
        offenders.ShouldContain(o => o.Contains("OnPostForgotten") && o.Contains("no [RequirePermission"));
        offenders.ShouldContain(o => o.Contains("OnPostApproveAsync") && o.Contains("its API twin POST /api/city-data/{year:int}/approve requires Targets.CityData.Review"));
        offenders.ShouldContain(o => o.Contains("OnPostNowhere") && o.Contains("no defined permission"));
        offenders.ShouldContain(o => o.Contains("OnPostNowhere") && o.Contains("is no endpoint"));
    }

    /// <summary>What the rule finds wrong with these handlers, one line each.</summary>
    private static List<string> Offenders(IEnumerable<PageHandler> handlers, Dictionary<string, IReadOnlySet<string>> endpoints)
    {
        var permissions = Modules.PermissionNames;
        var offenders = new List<string>();
        foreach (var handler in handlers.Where(h => !PageHandlers.WithoutPermission.Contains(h.Name)))
        {
            if (handler.Requirement is not { } required)
            {
                offenders.Add($"{handler}: no [RequirePermission(<permission>, <API twins>)]");
                continue;
            }

            if (!permissions.Contains(required.Permission))
            {
                offenders.Add($"{handler}: \"{required.Permission}\" is no defined permission");
            }

            foreach (var twin in required.ApiTwins)
            {
                if (!endpoints.TryGetValue(twin, out var policies))
                {
                    offenders.Add($"{handler}: its API twin \"{twin}\" is no endpoint of the host");
                }
                else if (policies.Count != 1 || !policies.Contains(required.Permission))
                {
                    offenders.Add($"{handler}: requires {required.Permission}, but its API twin {twin} requires {string.Join(" + ", policies)}");
                }
            }
        }

        return offenders;
    }

    /// <summary>"METHOD /route" of every endpoint with the permissions (policies) it requires, its group's included.</summary>
    private static Dictionary<string, IReadOnlySet<string>> EndpointPolicies(EndpointDataSource source)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText?.Trim('/');
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(a => a.Policy).OfType<string>().Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                result[method + " " + route] = policies;
            }
        }

        return result;
    }

    /// <summary>The mistakes the rule exists for: a handler with no permission, one demanding less than its twin, one
    /// naming a permission and an endpoint that do not exist.</summary>
    private sealed class WrongModel : PageModel
    {
        public void OnPostForgotten()
        {
        }

        [RequirePermission(TargetsPermissions.EnterCityData, "POST /api/city-data/{year:int}/approve")]
        public Task OnPostApproveAsync() => Task.CompletedTask;

        [RequirePermission("Nope.Nothing", "POST /api/nowhere")]
        public void OnPostNowhere()
        {
        }

        [RequirePermission(TargetsPermissions.ReviewCityData, "POST /api/city-data/{year:int}/approve")]
        public void OnPostRight()
        {
        }
    }
}
