using System.Reflection;
using Zmd.Vocational.Core.Modularity;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>A module's public surface is its Contracts plus its few entry points; everything else is internal so the
/// compiler keeps other modules out.</summary>
public sealed class VisibilityTests
{
    private static readonly string[] InternalNamespaces = ["Domain", "Application", "Seeding"];

    /// <summary>Namespaces whose every type may be public.</summary>
    private static readonly string[] PublicNamespaces = ["Contracts", "Pages", "Endpoints"];

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Domain_application_and_seeding_types_are_internal(string moduleName)
    {
        var module = Modules.Named(moduleName);

        // Type.IsVisible: public, and (for a nested type) every enclosing type public too.
        var offenders = module.OwnTypes
            .Where(t => t.IsVisible && InternalNamespaces.Any(ns => module.IsInNamespace(t, ns)))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        offenders.ShouldBeEmpty($"{module.Name}: public types in {string.Join(", ", InternalNamespaces)}: {string.Join(", ", offenders)}");
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Every_public_type_is_a_contract_or_an_entry_point(string moduleName)
    {
        var module = Modules.Named(moduleName);

        var offenders = module.Assembly.GetExportedTypes()
            .Where(t => !IsAllowedPublic(module, t))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        offenders.ShouldBeEmpty($"{module.Name}: public types outside Contracts, Pages, Endpoints and the entry points: {string.Join(", ", offenders)}");
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void The_module_entry_points_exist(string moduleName)
    {
        var module = Modules.Named(moduleName);
        var entry = module.Assembly.GetType($"{module.RootNamespace}.{module.Name}Module");
        entry.ShouldNotBeNull($"{module.Name}Module is missing");
        entry.IsVisible.ShouldBeTrue();
        // The module object the hosts list: a sealed VocationalModule that the list creates with `new`.
        entry.IsSubclassOf(typeof(VocationalModule)).ShouldBeTrue($"{module.Name}Module is no VocationalModule");
        entry.IsSealed.ShouldBeTrue();
        entry.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes).ShouldNotBeNull();

        var model = module.Assembly.GetType($"{module.RootNamespace}.Data.{module.Name}ModelBuilderExtensions");
        model.ShouldNotBeNull($"Data.{module.Name}ModelBuilderExtensions is missing");
        model.GetMethod($"Configure{module.Name}", BindingFlags.Public | BindingFlags.Static).ShouldNotBeNull();
    }

    private static bool IsAllowedPublic(ModuleInfo module, Type type)
    {
        var outer = type;
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        if (PublicNamespaces.Any(ns => module.IsInNamespace(outer, ns)))
        {
            return true;
        }

        if (type != outer)
        {
            // A public nested type of an allowed entry point is still an offender: entry points have none.
            return false;
        }

        return type.Namespace switch
        {
            var ns when ns == module.RootNamespace => type.Name == module.Name + "Module",
            var ns when ns == module.RootNamespace + ".Data" => type.Name == module.Name + "ModelBuilderExtensions" && IsStaticClass(type),
            var ns when ns == module.RootNamespace + ".Authentication" => type.Name.EndsWith("Extensions", StringComparison.Ordinal) && IsStaticClass(type),
            _ => false,
        };
    }

    private static bool IsStaticClass(Type type) => type is { IsClass: true, IsAbstract: true, IsSealed: true };
}
