using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Zmd.Vocational.Apprenticeship;
using Zmd.Vocational.Certificates;
using Zmd.Vocational.College;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Data.Backup;
using Zmd.Vocational.Enrolment;
using Zmd.Vocational.Faculty;
using Zmd.Vocational.Filing;
using Zmd.Vocational.Identity;
using Zmd.Vocational.Institutions;
using Zmd.Vocational.Reporting;
using Zmd.Vocational.Targets;

namespace Zmd.Vocational.Data;

/// <summary>The one list of modules, shared by the web host, the CLI, the DbContext and the test hosts: each loops over
/// <see cref="Modules"/> in its order for services, model and endpoints (and so permissions, menus, seeds, texts and pages).
/// To add a module: create its project with one <see cref="VocationalModule"/> subclass, reference the project from
/// Zmd.Vocational.Data.csproj and add one line below, after every module its project references (the architecture
/// tests check both), then add its migrations.</summary>
public static class ModulesRegistry
{
    /// <summary>Every module, in dependency order: a module comes after every module its project references.</summary>
    public static readonly IReadOnlyList<VocationalModule> Modules =
    [
        new InstitutionsModule(),
        new IdentityModule(),
        new FilingModule(),
        new FacultyModule(),
        new EnrolmentModule(),
        new ApprenticeshipModule(),
        new CertificatesModule(),
        new TargetsModule(),
        new CollegeModule(),
        new ReportingModule(),
    ];

    /// <summary>The kernel (its texts and shared types) and every module's assembly, in the list's order.</summary>
    public static readonly IReadOnlyList<Assembly> ModuleAssemblies = [typeof(ICurrentUser).Assembly, .. Modules.Select(m => m.Assembly)];

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, params Assembly[] hostAssemblies)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new JsonLocalizationStore(ModuleAssemblies.Concat(hostAssemblies)));
        services.AddSingleton<JsonStringLocalizer>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<JsonStringLocalizer>());
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton(Zmd.Vocational.Core.Diagnostics.FaultPoints.From(configuration));

        var seeds = SeedCsvFile.LocateSeedsDirectory(configuration["Seeding:Directory"]);
        services.AddSingleton(new SeedsLocation(seeds));
        services.AddVocationalData(DatabaseOptions.From(configuration, Path.GetDirectoryName(seeds)!));
        services.AddDatabaseBackup(configuration);
        services.AddScoped<IAuditLogReader, Auditing.AuditLogReader>();
        services.AddScoped<Zmd.Vocational.Core.Data.IBulkInserter, Bulk.BulkInserter>();
        foreach (var module in Modules)
        {
            module.AddServices(services, configuration);
        }

        return services;
    }

    /// <summary>Every module's HTTP API, in the list's order.</summary>
    public static IEndpointRouteBuilder MapModuleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var module in Modules)
        {
            module.MapEndpoints(endpoints);
        }

        return endpoints;
    }

    /// <summary>Every module's pages: its assembly as an application part, unless MVC already found it among the host's
    /// references (ABP's AddApplicationPartIfNotExists), so the list decides, not the build's dependency graph.</summary>
    public static IMvcBuilder AddModulePages(this IMvcBuilder mvc) =>
        mvc.ConfigureApplicationPartManager(parts =>
        {
            foreach (var assembly in Modules.Select(m => m.Assembly))
            {
                if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                {
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }
            }
        });
}
