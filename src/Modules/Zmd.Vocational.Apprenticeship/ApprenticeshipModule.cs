using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Apprenticeship.Application;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Apprenticeship;

public static class ApprenticeshipModule
{
    /// <summary>Registers the apprenticeship cohorts, partner enterprises and social training with Filing (as
    /// <see cref="IDatasetHandler"/>s, with their demo row generators), their measures and the module's
    /// permissions. Needs the composed DbContext (as DbContext), IBulkInserter, ICurrentUser and SeedsLocation.</summary>
    public static IServiceCollection AddApprenticeshipModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDatasetHandler, CohortDatasetHandler>();
        services.AddScoped<IDatasetHandler, PartnerEnterpriseDatasetHandler>();
        services.AddScoped<IDatasetHandler, SocialTrainingDatasetHandler>();
        services.AddSingleton<DemoMajors>();
        services.AddSingleton<IDemoRowGenerator, CohortDemoRows>();
        services.AddSingleton<IDemoRowGenerator, PartnerEnterpriseDemoRows>();
        services.AddSingleton<IDemoRowGenerator, SocialTrainingDemoRows>();
        services.AddScoped<IMeasureSource, CohortMeasures>();
        services.AddScoped<IMeasureSource, PartnerMeasures>();
        services.AddScoped<IMeasureSource, TrainingMeasures>();
        services.AddScoped<ICrossSchoolMeasureSource, DistinctPartnerMeasures>();
        services.AddSingleton<IPermissionDefinitionProvider, ApprenticeshipPermissionProvider>();
        return services;
    }
}

/// <summary>Every role may see the cooperation data; the school filter limits a school filer to their own school.</summary>
internal sealed class ApprenticeshipPermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(ApprenticeshipPermissions.View, ApprenticeshipPermissions.Group, [.. RoleNames.All]),
    ];
}
