using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Data;
using Zmd.Vocational.Web.Infrastructure;

namespace Zmd.Vocational.TestKit;

/// <summary>One state-changing page handler: an <c>OnPost…</c> (or OnPut/OnPatch/OnDelete) method of a page model, with the
/// page's route and the handler name a form posts to.</summary>
public sealed partial record PageHandler(Type Model, MethodInfo Method, string HttpMethod, string Handler, string RouteTemplate)
{
    /// <summary>The fixed id put into a route's guid parameter when the caller names none: no row has it.</summary>
    public static readonly Guid PlaceholderId = new("00000000-0000-0000-0000-0000000000f1");

    public RequirePermissionAttribute? Requirement => Method.GetCustomAttribute<RequirePermissionAttribute>();

    public string Name => $"{Model.FullName}.{Method.Name}";

    /// <summary>The address the handler's form posts to: the page's route with <paramref name="routeValues"/> (a
    /// placeholder for each missing required parameter, by its constraint; a missing optional one left out), and
    /// <c>?handler=</c>.</summary>
    public string Url(IReadOnlyDictionary<string, string>? routeValues = null)
    {
        var path = RouteParameter().Replace(RouteTemplate, m =>
        {
            var (name, constraint, optional) = (m.Groups["name"].Value, m.Groups["constraint"].Value, m.Groups["optional"].Success);
            if (routeValues?.TryGetValue(name, out var value) == true)
            {
                return Uri.EscapeDataString(value);
            }

            return optional ? "" : constraint switch
            {
                "guid" => PlaceholderId.ToString(),
                "int" => "2026",
                _ => "placeholder",
            };
        }).TrimEnd('/');
        return (path.Length == 0 ? "/" : path) + (Handler.Length == 0 ? "" : "?handler=" + Handler);
    }

    public override string ToString() => $"{Model.Name}.{Method.Name} ({HttpMethod} {RouteTemplate}{(Handler.Length == 0 ? "" : "?handler=" + Handler)})";

    [GeneratedRegex(@"\{(?<name>\w+)(?::(?<constraint>[^}?]+))?(?<optional>\?)?\}")]
    private static partial Regex RouteParameter();
}

/// <summary>Every state-changing handler of every page of the host and its modules, found by reflection over the page
/// models and the pages compiled with them (not a hand-written list): the architecture test requires each to declare
/// the permission of its API twin, the integration test posts to each as users without it.</summary>
public static partial class PageHandlers
{
    /// <summary>Handlers that need no permission, as their API twins need none: signing in (anyone) and signing out (any
    /// signed-in user).</summary>
    public static readonly IReadOnlyList<string> WithoutPermission =
    [
        "Zmd.Vocational.Identity.Pages.Account.LoginModel.OnPostAsync",
        "Zmd.Vocational.Identity.Pages.Account.LogoutModel.OnPostAsync",
    ];

    /// <summary>The assemblies holding pages: every module's (the registry's list) and the host's own. Declared before
    /// the properties built from it (static initializers run in order).</summary>
    public static IReadOnlyList<Assembly> Assemblies { get; } = [.. ModulesRegistry.ModuleAssemblies, typeof(WebHostSetup).Assembly];

    /// <summary>Every page model of the host and the modules, by its page's route template ("/College/Project/{id:guid}").</summary>
    public static IReadOnlyDictionary<Type, string> Pages { get; } = LoadPages();

    public static IReadOnlyList<PageHandler> All { get; } =
        Pages.SelectMany(p => Handlers(p.Key, p.Value)).OrderBy(h => h.Name, StringComparer.Ordinal).ToList();

    /// <summary>The handlers that require a permission (all but <see cref="WithoutPermission"/>).</summary>
    public static IReadOnlyList<PageHandler> Guarded => All.Where(h => !WithoutPermission.Contains(h.Name)).ToList();

    /// <summary>The state-changing handlers of one page model served at <paramref name="route"/>.</summary>
    public static IEnumerable<PageHandler> Handlers(Type model, string route) =>
        model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(m => (Method: m, Match: HandlerMethod().Match(m.Name)))
            .Where(x => x.Match.Success)
            .Select(x => new PageHandler(model, x.Method, x.Match.Groups["verb"].Value.ToUpperInvariant(), x.Match.Groups["handler"].Value, route));

    /// <summary>Each compiled Razor page's model type (its <c>Model</c> property) with its route: the page's own
    /// template when it starts with "/", else the file's path under Pages (Index being the folder) plus the template.</summary>
    private static Dictionary<Type, string> LoadPages()
    {
        var pages = new Dictionary<Type, string>();
        var loader = new RazorCompiledItemLoader();
        foreach (var item in Assemblies.Distinct().SelectMany(loader.LoadItems).Where(i => i.Kind == "mvc.1.0.razor-page"))
        {
            var model = item.Type.GetProperty("Model")?.PropertyType;
            if (model is null || !typeof(PageModel).IsAssignableFrom(model))
            {
                continue;
            }

            var template = item.Metadata.OfType<RazorCompiledItemMetadataAttribute>().FirstOrDefault(m => m.Key == "RouteTemplate")?.Value;
            var path = item.Identifier["/Pages".Length..^".cshtml".Length];
            path = path.EndsWith("/Index", StringComparison.Ordinal) ? path[..^"/Index".Length] : path;
            pages[model] = template switch
            {
                null or "" => path.Length == 0 ? "/" : path,
                _ when template.StartsWith('/') => template,
                _ => path + "/" + template,
            };
        }

        return pages;
    }

    [GeneratedRegex("^On(?<verb>Post|Put|Patch|Delete)(?<handler>\\w*?)(Async)?$")]
    private static partial Regex HandlerMethod();
}
