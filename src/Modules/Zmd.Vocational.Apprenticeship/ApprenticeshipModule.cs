using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Apprenticeship.Application;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Data;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Apprenticeship;

/// <summary>Apprenticeship cohorts, partner enterprises and social training. Needs the composed DbContext (as DbContext),
/// IBulkInserter, ICurrentUser and SeedsLocation.</summary>
public sealed class ApprenticeshipModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(ApprenticeshipPermissionProvider)];

    /// <summary>Registers the three datasets with Filing (as <see cref="IDatasetHandler"/>s, with their demo row
    /// generators) and their measures.</summary>
    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
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
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureApprenticeship();
}

/// <summary>Every role may see the cooperation data; the school filter limits a school filer to their own school.</summary>
internal sealed class ApprenticeshipPermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(ApprenticeshipPermissions.View, ApprenticeshipPermissions.Group, [.. RoleNames.All]),
    ];
}
