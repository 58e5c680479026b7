using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Data;
using Zmd.Vocational.Web.Infrastructure;

namespace Zmd.Vocational.UnitTests;

/// <summary>The application's texts as the host loads them: every module assembly of the registry plus the web host.</summary>
internal static class Texts
{
    public static IReadOnlyList<Assembly> Assemblies { get; } = [.. ModulesRegistry.ModuleAssemblies, typeof(WebHostSetup).Assembly];

    public static JsonLocalizationStore Store { get; } = new(Assemblies);

    /// <summary>All keys of one culture (without the zh-CN fallback that <see cref="JsonLocalizationStore.Find"/> applies).</summary>
    public static IReadOnlyDictionary<string, string> Of(string culture) =>
        Store.All(CultureInfo.GetCultureInfo(culture)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>Every permission of every module; the providers are internal, so they come through the registry.</summary>
    public static IReadOnlyList<string> PermissionNames { get; } = LoadPermissionNames();

    private static List<string> LoadPermissionNames()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Seeding:Directory"] = Repository.Seeds })
            .Build();
        var services = new ServiceCollection();
        services.AddModules(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<PermissionRegistry>().All.Select(p => p.Name).ToList();
    }

    /// <summary>Types of the registry's assemblies in a namespace ending in ".Contracts" (or below one).</summary>
    public static IEnumerable<Type> ContractTypes() =>
        ModulesRegistry.ModuleAssemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.Namespace is { } ns && (ns.EndsWith(".Contracts", StringComparison.Ordinal) || ns.Contains(".Contracts.", StringComparison.Ordinal)));
}
