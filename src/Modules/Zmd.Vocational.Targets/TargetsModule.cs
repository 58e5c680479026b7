using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Targets.Application;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Seeding;

namespace Zmd.Vocational.Targets;

public static class TargetsModule
{
    public static IServiceCollection AddTargetsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ITargetRegister, TargetRegister>();
        services.AddScoped<IDataSeedContributor, TargetsSeedContributor>();
        services.AddSingleton<IPermissionDefinitionProvider, TargetsPermissionProvider>();
        services.AddSingleton<IMenuContributor, TargetsMenu>();
        return services;
    }
}

/// <summary>The plan's targets are public policy: every role may read them.</summary>
internal sealed class TargetsPermissionProvider : IPermissionDefinitionProvider
{
    private static readonly string[] Everyone = [.. RoleNames.All];

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(TargetsPermissions.View, TargetsPermissions.Group, Everyone),
    ];
}
