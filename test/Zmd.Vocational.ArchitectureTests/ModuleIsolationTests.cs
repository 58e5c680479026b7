using NetArchTest.Rules;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>Modules talk through Contracts only: no type of module A names a type of module B outside B's Contracts.</summary>
public sealed class ModuleIsolationTests
{
    [Fact]
    public void The_registry_lists_the_modules()
    {
        Modules.All.Count.ShouldBeGreaterThanOrEqualTo(3);
        Modules.All.Select(m => m.Name).ShouldBeUnique();
        foreach (var module in Modules.All)
        {
            module.RootNamespace.ShouldStartWith(ModuleInfo.Prefix);
            module.NonContractsNames().ShouldNotBeEmpty();
            module.NonContractsNames().ShouldNotContain(module.ContractsNamespace);
            module.NonContractsNames().ShouldNotContain(module.RootNamespace);
        }
    }

    [Theory]
    [MemberData(nameof(Modules.Pairs), MemberType = typeof(Modules))]
    public void A_module_depends_on_another_only_through_its_contracts(string moduleName, string otherName)
    {
        var module = Modules.Named(moduleName);
        var other = Modules.Named(otherName);
        var forbidden = other.NonContractsNames();

        var result = Types.InAssembly(module.Assembly).ShouldNot().HaveDependencyOnAny([.. forbidden]).GetResult();

        result.IsSuccessful.ShouldBeTrue(
            $"{module.Name} reaches into {other.Name}'s internals ({string.Join(", ", forbidden)}); offenders: " +
            string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>The rule above must be able to fail: the module list (Zmd.Vocational.Data's ModulesRegistry) legitimately
    /// names every module's module object, outside its Contracts, so the same check over the Data assembly finds it.</summary>
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void The_isolation_rule_detects_a_dependency_on_non_contracts_namespaces(string moduleName)
    {
        var module = Modules.Named(moduleName);

        var result = Types.InAssembly(Modules.Data).ShouldNot().HaveDependencyOnAny([.. module.NonContractsNames()]).GetResult();

        result.IsSuccessful.ShouldBeFalse();
        (result.FailingTypeNames ?? []).ShouldContain("Zmd.Vocational.Data.ModulesRegistry");
    }

    /// <summary>And it must not count a use of Contracts: the Identity module does use Institutions' contracts (the
    /// school directory), and the check of Identity against Institutions above passes.</summary>
    [Fact]
    public void The_isolation_rule_allows_contracts()
    {
        var identity = Modules.Named("Identity");
        var institutions = Modules.Named("Institutions");

        Types.InAssembly(identity.Assembly).That().HaveDependencyOn(institutions.ContractsNamespace).GetTypes().ShouldNotBeEmpty();
        Types.InAssembly(identity.Assembly).ShouldNot().HaveDependencyOnAny([.. institutions.NonContractsNames()]).GetResult()
            .IsSuccessful.ShouldBeTrue();
    }
}
