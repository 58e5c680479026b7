using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;

namespace Zmd.Vocational.Core.Modularity;

/// <summary>One module as the hosts compose it: ABP's AbpModule made explicit, without discovery. Each module project has
/// exactly one sealed subclass, listed once in the application's module list (Zmd.Vocational.Data.ModulesRegistry) in
/// dependency order; the DbContext, the web host, the CLI and the test hosts all loop over that list and call, module by
/// module, <see cref="AddServices"/>, <see cref="ConfigureModel"/> and <see cref="MapEndpoints"/>. The module's
/// <see cref="Assembly"/> carries its texts (Localization/zh-CN.json, en.json) and its Razor pages.</summary>
public abstract class VocationalModule
{
    public const string AssemblyPrefix = "Zmd.Vocational.";

    /// <summary>"Institutions" for the module whose assembly is Zmd.Vocational.Institutions.</summary>
    public string Name => Assembly.GetName().Name![AssemblyPrefix.Length..];

    /// <summary>The module's assembly: its localization resources and its pages (a Razor class library part).</summary>
    public Assembly Assembly => GetType().Assembly;

    /// <summary>Its permissions (<see cref="IPermissionDefinitionProvider"/> types), collected by the PermissionRegistry.</summary>
    public virtual IReadOnlyList<Type> PermissionProviders => [];

    /// <summary>Its navigation entries (<see cref="IMenuContributor"/> types).</summary>
    public virtual IReadOnlyList<Type> MenuContributors => [];

    /// <summary>Its seeding steps (<see cref="IDataSeedContributor"/> types), run by the database initializer by their Order.</summary>
    public virtual IReadOnlyList<Type> SeedContributors => [];

    /// <summary>Registers the module: its own services, then what it brings to the shared registries, each once and
    /// in the order listed (singletons for permissions and menus, scoped seed contributors).</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        ConfigureServices(services, configuration);
        AddEach(services, typeof(IPermissionDefinitionProvider), PermissionProviders, ServiceLifetime.Singleton);
        AddEach(services, typeof(IMenuContributor), MenuContributors, ServiceLifetime.Singleton);
        AddEach(services, typeof(IDataSeedContributor), SeedContributors, ServiceLifetime.Scoped);
    }

    /// <summary>The module's own services (not its permissions, menus or seed contributors: those are listed above).</summary>
    protected abstract void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Its entities in the one DbContext, with its table prefix. Nothing for a module without tables.</summary>
    public virtual void ConfigureModel(ModelBuilder modelBuilder)
    {
    }

    /// <summary>Its HTTP API. Nothing for a module without endpoints.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public override string ToString() => Name;

    private void AddEach(IServiceCollection services, Type service, IReadOnlyList<Type> implementations, ServiceLifetime lifetime)
    {
        foreach (var implementation in implementations)
        {
            if (!service.IsAssignableFrom(implementation) || implementation.IsAbstract)
            {
                throw new InvalidOperationException($"Module {Name} lists {implementation.FullName}, which is not a concrete {service.Name}.");
            }

            services.Add(new ServiceDescriptor(service, implementation, lifetime));
        }
    }
}
