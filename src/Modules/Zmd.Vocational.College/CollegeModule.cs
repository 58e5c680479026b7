using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.College.Application;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.College;

public static class CollegeModule
{
    /// <summary>Registers the technician college's build-out and training-output services, its datasets with Filing, their
    /// measures and the module's permissions. Needs the composed DbContext (as DbContext), ICurrentUser, TimeProvider, and
    /// the Institutions, Filing and Targets contracts.</summary>
    public static IServiceCollection AddCollegeModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, CollegePermissionProvider>();
        services.AddBuildOut();
        services.AddTrainingOutput();
        return services;
    }
}

/// <summary>The college's filer reports; bureau staff see everything and the approver approves. Whether a school user
/// belongs to the college is checked on every request (their school must be the technician college).</summary>
internal sealed class CollegePermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(CollegePermissions.View, CollegePermissions.Group, [.. RoleNames.All]),
        new(CollegePermissions.Report, CollegePermissions.Group, [RoleNames.SchoolFiler, RoleNames.SystemAdmin], SchoolFilingWork: true),
        new(CollegePermissions.Approve, CollegePermissions.Group, [RoleNames.SystemAdmin, RoleNames.BureauApprover]),
    ];
}
