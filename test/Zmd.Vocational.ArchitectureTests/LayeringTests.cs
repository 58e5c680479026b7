using NetArchTest.Rules;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>The direction of dependencies: Core knows no module and no host; modules know neither the composed
/// DbContext project (Zmd.Vocational.Data) nor the web host.</summary>
public sealed class LayeringTests
{
    private static readonly string DataNamespace = Modules.Data.GetName().Name!;
    private static readonly string WebNamespace = Modules.Web.GetName().Name!;

    [Fact]
    public void The_kernel_depends_on_no_module_and_not_on_data_or_web()
    {
        string[] forbidden = [.. Modules.All.Select(m => m.RootNamespace), DataNamespace, WebNamespace];

        var result = Types.InAssembly(Modules.Core).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        result.IsSuccessful.ShouldBeTrue("Core depends on " + string.Join(", ", forbidden) + "; offenders: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_kernel_assembly_references_no_module_and_not_data_or_web()
    {
        string[] forbidden = [.. Modules.All.Select(m => m.RootNamespace), DataNamespace, WebNamespace];

        Modules.Core.GetReferencedAssemblies().Select(a => a.Name).Intersect(forbidden).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_depends_neither_on_data_nor_on_web(string moduleName)
    {
        var module = Modules.Named(moduleName);

        var result = Types.InAssembly(module.Assembly).ShouldNot().HaveDependencyOnAny(DataNamespace, WebNamespace).GetResult();

        result.IsSuccessful.ShouldBeTrue($"{module.Name} depends on {DataNamespace} or {WebNamespace}; offenders: " + string.Join(", ", result.FailingTypeNames ?? []));
        module.Assembly.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain(DataNamespace);
        module.Assembly.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain(WebNamespace);
    }
}
