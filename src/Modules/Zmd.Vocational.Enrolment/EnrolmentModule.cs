using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Enrolment.Application;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Enrolment;

public static class EnrolmentModule
{
    /// <summary>Registers the student roster and the majors offered with Filing (as <see cref="IDatasetHandler"/>s, with their
    /// demo row generators, which share <see cref="DemoSchoolMajors"/>), their measures and the module's
    /// permissions. Needs the composed DbContext (as DbContext), IBulkInserter, ICurrentUser, TimeProvider and SeedsLocation.</summary>
    public static IServiceCollection AddEnrolmentModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDatasetHandler, StudentDatasetHandler>();
        services.AddSingleton<IDemoRowGenerator, StudentDemoRows>();
        services.AddScoped<IDatasetHandler, MajorOfferedDatasetHandler>();
        services.AddSingleton<DemoSchoolMajors>();
        services.AddSingleton<IDemoRowGenerator, MajorOfferedDemoRows>();
        services.AddScoped<IMeasureSource, StudentMeasures>();
        services.AddScoped<IMeasureSource, MajorOfferedMeasures>();
        services.AddSingleton<IPermissionDefinitionProvider, EnrolmentPermissionProvider>();
        return services;
    }
}

/// <summary>Every role may see rosters; the school filter limits a school filer to their own school.</summary>
internal sealed class EnrolmentPermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(EnrolmentPermissions.View, EnrolmentPermissions.Group, [.. RoleNames.All]),
    ];
}
