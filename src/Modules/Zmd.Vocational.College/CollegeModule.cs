using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.College.Application;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Data;
using Zmd.Vocational.College.Endpoints;
using Zmd.Vocational.College.Seeding;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.College;

/// <summary>The technician college: its build-out (projects, progress reports, dashboard) and its training output
/// datasets. Needs the composed DbContext (as DbContext), ICurrentUser, TimeProvider, and the Institutions, Filing and
/// Targets contracts.</summary>
public sealed class CollegeModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(CollegePermissionProvider)];

    public override IReadOnlyList<Type> MenuContributors => [typeof(CollegeMenu)];

    public override IReadOnlyList<Type> SeedContributors => [typeof(DemoBuildOutSeedContributor)];

    /// <summary>Registers the build-out and training-output services, the datasets with Filing and their measures.</summary>
    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddBuildOut();
        services.AddTrainingOutput();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureCollege();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCollegeEndpoints();
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
