using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Institutions.Application;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Institutions.Seeding;

namespace Zmd.Vocational.Institutions;

public static class InstitutionsModule
{
    public static IServiceCollection AddInstitutionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICountyDirectory, CountyDirectory>();
        services.AddScoped<ISchoolDirectory, SchoolDirectory>();
        services.AddScoped<IMajorCatalog, MajorCatalog>();
        services.AddScoped<IEnterpriseRegister, EnterpriseRegister>();
        services.AddScoped<IDataSeedContributor, InstitutionsSeedContributor>();
        services.AddSingleton<IPermissionDefinitionProvider, InstitutionsPermissionProvider>();
        services.AddSingleton<IMenuContributor, InstitutionsMenu>();
        return services;
    }
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
