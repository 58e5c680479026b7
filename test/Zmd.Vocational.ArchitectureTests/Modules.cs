using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Data;
using Zmd.Vocational.TestKit;
using Zmd.Vocational.Web.Infrastructure;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>One module as the rules see it: its assembly, its name ("Identity" for Zmd.Vocational.Identity), its root
/// namespace and its public Contracts namespace.</summary>
public sealed class ModuleInfo(Assembly assembly)
{
    public const string Prefix = "Zmd.Vocational.";

    public Assembly Assembly { get; } = assembly;

    public string RootNamespace { get; } = assembly.GetName().Name!;

    public string Name => RootNamespace[Prefix.Length..];

    public string ContractsNamespace => RootNamespace + ".Contracts";

    /// <summary>The module's own types: those whose namespace is the root namespace or below it. Compiler- and
    /// Razor-generated types (AspNetCoreGeneratedDocument, Microsoft.CodeAnalysis, &lt;Module&gt;) are not the module's
    /// namespaces and are left out.</summary>
    public IReadOnlyList<Type> OwnTypes { get; } = LoadTypes(assembly)
        .Where(t => t.Namespace is { } ns && (ns == assembly.GetName().Name || ns.StartsWith(assembly.GetName().Name + ".", StringComparison.Ordinal)))
        .ToList();

    public bool IsInNamespace(Type type, string relative)
    {
        var ns = RootNamespace + "." + relative;
        return type.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal));
    }

    /// <summary>Every name another module must not depend on: each namespace of this module except Contracts (and
    /// below). NetArchTest matches a name as a prefix (by segments), so the root namespace cannot be listed, or it would
    /// also forbid Contracts: its types are listed one by one instead.</summary>
    public IReadOnlyList<string> NonContractsNames()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in OwnTypes.Where(t => !t.IsNested).GroupBy(t => t.Namespace!))
        {
            var ns = group.Key;
            if (ns == ContractsNamespace || ns.StartsWith(ContractsNamespace + ".", StringComparison.Ordinal))
            {
                continue;
            }

            if (ContractsNamespace.StartsWith(ns + ".", StringComparison.Ordinal))
            {
                // An ancestor of Contracts (the root namespace): forbid its types, not the namespace.
                foreach (var type in group)
                {
                    names.Add(type.FullName!);
                }
            }
            else
            {
                names.Add(ns);
            }
        }

        return [.. names];
    }

    public override string ToString() => Name;

    private static Type[] LoadTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>().ToArray();
        }
    }
}

public static class Modules
{
    /// <summary>The kernel: the first of the registry's assemblies, and the assembly every module builds on.</summary>
    public static Assembly Core { get; } = typeof(ICurrentUser).Assembly;

    public static Assembly Data { get; } = typeof(ModulesRegistry).Assembly;

    public static Assembly Web { get; } = typeof(WebHostSetup).Assembly;

    /// <summary>The modules, taken from the module list so that a new module is covered without touching the tests.</summary>
    public static IReadOnlyList<ModuleInfo> All { get; } = ModulesRegistry.Modules.Select(m => new ModuleInfo(m.Assembly)).ToList();

    public static ModuleInfo Named(string name) => All.Single(m => m.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var module in All)
        {
            data.Add(module.Name);
        }

        return data;
    }

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var a in All)
        {
            foreach (var b in All.Where(b => b != a))
            {
                data.Add(a.Name, b.Name);
            }
        }

        return data;
    }

    /// <summary>Every permission of every module, as the running application collects them: the providers are internal,
    /// so they are built through the registry's own AddModules, like the host does.</summary>
    public static IReadOnlySet<string> PermissionNames { get; } = LoadPermissionNames();

    private static HashSet<string> LoadPermissionNames()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Seeding:Directory"] = RepositoryPaths.Seeds })
            .Build();
        var services = new ServiceCollection();
        services.AddModules(configuration, Web);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<PermissionRegistry>().All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }
}
