using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Application;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Data;
using Zmd.Vocational.Targets.Endpoints;
using Zmd.Vocational.Targets.Indicators;
using Zmd.Vocational.Targets.Seeding;

namespace Zmd.Vocational.Targets;

/// <summary>The register, and monitoring: it observes Filing (to keep the stored measures in step) and advises it
/// (data-quality findings). Needs the data modules' measure sources, Filing, Institutions, the composed DbContext.</summary>
public sealed class TargetsModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(TargetsPermissionProvider)];

    public override IReadOnlyList<Type> MenuContributors => [typeof(TargetsMenu)];

    public override IReadOnlyList<Type> SeedContributors => [typeof(TargetsSeedContributor), typeof(DemoCityFiguresSeedContributor)];

    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ITargetRegister, TargetRegister>();

        services.AddSingleton<MonitoringCatalog>();
        services.AddSingleton<MonitoringCache>();
        services.AddScoped<MonitoringDataSource>();
        services.AddScoped<MeasureRecorder>();
        services.AddScoped<IFilingObserver>(sp => sp.GetRequiredService<MeasureRecorder>());
        services.AddScoped<IMeasureMaintenance, MeasureRebuild>();
        services.AddScoped<IndicatorService>();
        services.AddScoped<IIndicatorService>(sp => sp.GetRequiredService<IndicatorService>());
        services.AddScoped<ITargetProgress, TargetProgressService>();
        services.AddScoped<IQuotaService, QuotaService>();
        services.AddScoped<ICityDataService, CityDataService>();
        services.AddScoped<IMonitoringSettings, MonitoringSettingsService>();
        services.AddScoped<ICompleteness, Completeness>();
        services.AddScoped<DataQualityService>();
        services.AddScoped<IDataQualityService>(sp => sp.GetRequiredService<DataQualityService>());
        services.AddScoped<IFilingAdvisor>(sp => sp.GetRequiredService<DataQualityService>());
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureTargets();

    /// <summary>Two APIs: the register (tag Targets) and monitoring (tag Monitoring), in that order.</summary>
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTargetsEndpoints();
        endpoints.MapMonitoringEndpoints();
    }
}

/// <summary>The plan's targets are public policy: every role may read them. City figures are the bureau's; a school's
/// dashboard is open to every role, the school scope keeping a school user to their own.</summary>
internal sealed class TargetsPermissionProvider : IPermissionDefinitionProvider
{
    private static readonly string[] Everyone = [.. RoleNames.All];
    private static readonly string[] Bureau = [.. RoleNames.Bureau];

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(TargetsPermissions.View, TargetsPermissions.Group, Everyone),
        new(TargetsPermissions.Monitor, TargetsPermissions.Group, Bureau),
        new(TargetsPermissions.SchoolDashboard, TargetsPermissions.Group, Everyone),
        new(TargetsPermissions.EnterCityData, TargetsPermissions.Group, [RoleNames.BureauAnalyst, RoleNames.SystemAdmin]),
        new(TargetsPermissions.ReviewCityData, TargetsPermissions.Group, [RoleNames.BureauApprover]),
        new(TargetsPermissions.ManageQuotas, TargetsPermissions.Group, [RoleNames.BureauAnalyst, RoleNames.SystemAdmin]),
        new(TargetsPermissions.ManageSettings, TargetsPermissions.Group, [RoleNames.SystemAdmin]),
        new(TargetsPermissions.ExplainQuality, TargetsPermissions.Group, [RoleNames.SchoolFiler]),
    ];
}
