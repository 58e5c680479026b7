using System.Reflection;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Data;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>A module is one object, and the application is one list of them (<see cref="ModulesRegistry.Modules"/>): every
/// module project under src/Modules has exactly one <see cref="VocationalModule"/>, that object is in the list once, the
/// list is in dependency order, and what a module brings to the shared registries is listed on its object.</summary>
public sealed class ModuleCompositionTests
{
    private static readonly string ModulesFolder = Path.Combine(RepositoryPaths.Root, "src", "Modules");

    /// <summary>Module project name (= assembly name) → the module projects it references.</summary>
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ModuleProjects = ReadModuleProjects();

    [Fact]
    public void Every_module_project_has_exactly_one_module_object_and_it_is_in_the_list_once()
    {
        ModuleProjects.Count.ShouldBeGreaterThanOrEqualTo(10, "module projects found under " + ModulesFolder);
        var problems = new List<string>();
        foreach (var project in ModuleProjects.Keys)
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(project);
            }
            catch (FileNotFoundException)
            {
                problems.Add($"{project}: not referenced by Zmd.Vocational.Data.csproj, so no host loads it");
                continue;
            }

            var moduleTypes = new ModuleInfo(assembly).OwnTypes.Where(t => typeof(VocationalModule).IsAssignableFrom(t) && !t.IsAbstract).ToList();
            if (moduleTypes.Count != 1)
            {
                problems.Add($"{project}: {moduleTypes.Count} module classes ({string.Join(", ", moduleTypes.Select(t => t.Name))}), one expected");
                continue;
            }

            var listed = ModulesRegistry.Modules.Count(m => m.GetType() == moduleTypes[0]);
            if (listed != 1)
            {
                problems.Add($"{project}: {moduleTypes[0].Name} is in ModulesRegistry.Modules {listed} times, once expected");
            }
        }

        problems.ShouldBeEmpty(string.Join("; ", problems));
        // And nothing else is in the list: every entry comes from a module project.
        ModulesRegistry.Modules.Select(m => m.Assembly.GetName().Name!).Order(StringComparer.Ordinal)
            .ShouldBe(ModuleProjects.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_list_is_in_dependency_order()
    {
        var position = ModulesRegistry.Modules.Select((m, i) => (Name: m.Assembly.GetName().Name!, Index: i)).ToDictionary(x => x.Name, x => x.Index);
        var problems = new List<string>();
        foreach (var (project, references) in ModuleProjects)
        {
            foreach (var reference in references.Where(r => position.ContainsKey(r) && position.ContainsKey(project) && position[r] > position[project]))
            {
                problems.Add($"{project} references {reference} but comes before it in ModulesRegistry.Modules");
            }
        }

        problems.ShouldBeEmpty(string.Join("; ", problems));
        // The rule has something to check: some module builds on another.
        ModuleProjects.Values.ShouldContain(r => r.Count > 0);
    }

    [Fact]
    public void A_module_lists_every_permission_provider_menu_and_seed_contributor_of_its_assembly_once()
    {
        var configuration = new ConfigurationBuilder().Build();
        var problems = new List<string>();
        foreach (var module in ModulesRegistry.Modules)
        {
            var services = new ServiceCollection();
            module.AddServices(services, configuration);
            Check(module, services, typeof(IPermissionDefinitionProvider), module.PermissionProviders, problems);
            Check(module, services, typeof(IMenuContributor), module.MenuContributors, problems);
            Check(module, services, typeof(IDataSeedContributor), module.SeedContributors, problems);
        }

        problems.ShouldBeEmpty(string.Join("; ", problems));
    }

    /// <summary>The classes of the module's assembly implementing <paramref name="service"/> are exactly those listed, and
    /// the module registers each once (from the list, not again in its own services).</summary>
    private static void Check(VocationalModule module, ServiceCollection services, Type service, IReadOnlyList<Type> listed, List<string> problems)
    {
        var implemented = new ModuleInfo(module.Assembly).OwnTypes.Where(t => service.IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
        var declared = listed.Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
        if (!implemented.SequenceEqual(declared))
        {
            problems.Add($"{module.Name}: its {service.Name} classes are [{string.Join(", ", implemented)}] but the module lists [{string.Join(", ", declared)}]");
        }

        var registered = services.Where(d => d.ServiceType == service).Select(d => d.ImplementationType?.FullName ?? "(a factory or an instance)")
            .Order(StringComparer.Ordinal).ToList();
        if (!registered.SequenceEqual(declared))
        {
            problems.Add($"{module.Name}: registers {service.Name} as [{string.Join(", ", registered)}], expected exactly the listed [{string.Join(", ", declared)}]");
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadModuleProjects()
    {
        var files = Directory.GetFiles(ModulesFolder, "*.csproj", SearchOption.AllDirectories);
        var names = files.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        return files.ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => (IReadOnlyList<string>)XDocument.Load(f).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
                .Where(names.Contains)
                .ToList(),
            StringComparer.Ordinal);
    }
}
