using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Enrolment.Application;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Enrolment;

public static class EnrolmentModule
{
    /// <summary>Registers the student roster with Filing (as an <see cref="IDatasetHandler"/>), the enrolment statistics and
    /// the module's permissions. Needs the composed DbContext (as DbContext), IBulkInserter, ICurrentUser and TimeProvider.</summary>
    public static IServiceCollection AddEnrolmentModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDatasetHandler, StudentDatasetHandler>();
        services.AddSingleton<IDemoRowGenerator, StudentDemoRows>();
        services.AddScoped<IEnrolmentStatistics, EnrolmentStatistics>();
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
