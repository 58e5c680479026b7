using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Application;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Institutions.Data;
using Zmd.Vocational.Institutions.Endpoints;
using Zmd.Vocational.Institutions.Seeding;

namespace Zmd.Vocational.Institutions;

/// <summary>Counties, schools, majors and enterprises: the registers every other module refers to.</summary>
public sealed class InstitutionsModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(InstitutionsPermissionProvider)];

    public override IReadOnlyList<Type> MenuContributors => [typeof(InstitutionsMenu)];

    public override IReadOnlyList<Type> SeedContributors => [typeof(InstitutionsSeedContributor)];

    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICountyDirectory, CountyDirectory>();
        services.AddScoped<ISchoolDirectory, SchoolDirectory>();
        services.AddScoped<IMajorCatalog, MajorCatalog>();
        services.AddScoped<IEnterpriseRegister, EnterpriseRegister>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureInstitutions();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapInstitutionsEndpoints();
}

internal sealed class InstitutionsPermissionProvider : IPermissionDefinitionProvider
{
    private static readonly string[] Everyone = [.. RoleNames.All];
    private static readonly string[] Admin = [RoleNames.SystemAdmin];

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(InstitutionsPermissions.CountiesView, InstitutionsPermissions.Group, Everyone),
        new(InstitutionsPermissions.SchoolsView, InstitutionsPermissions.Group, Everyone),
        new(InstitutionsPermissions.SchoolsManage, InstitutionsPermissions.Group, Admin),
        new(InstitutionsPermissions.MajorsView, InstitutionsPermissions.Group, Everyone),
        new(InstitutionsPermissions.EnterprisesView, InstitutionsPermissions.Group, Everyone),
        new(InstitutionsPermissions.EnterprisesManage, InstitutionsPermissions.Group, [RoleNames.SystemAdmin, RoleNames.BureauApprover]),
    ];
}
