using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting;

public static class ReportingModule
{
    /// <summary>Registers the report renderer, the template store, the report models, the editions service and the
    /// module's permissions. Needs the composed DbContext (as DbContext), ICurrentUser, TimeProvider, SeedsLocation, and the
    /// Institutions, Filing, Targets and College contracts.</summary>
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, ReportingPermissionProvider>();
        Rendering.RenderingRegistration.AddRendering(services);
        Application.EditionsRegistration.AddReportEditions(services);
        return services;
    }
}

/// <summary>Everyone may read reports (scoped to their school); filers and the bureau generate; the bureau's approver
/// and admin publish; admins keep the templates.</summary>
internal sealed class ReportingPermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(ReportingPermissions.View, ReportingPermissions.Group, [.. RoleNames.All]),
        new(ReportingPermissions.Generate, ReportingPermissions.Group, [RoleNames.SchoolFiler, RoleNames.SystemAdmin, RoleNames.BureauAnalyst, RoleNames.BureauApprover]),
        new(ReportingPermissions.Publish, ReportingPermissions.Group, [RoleNames.SchoolFiler, RoleNames.SystemAdmin, RoleNames.BureauApprover]),
        new(ReportingPermissions.ManageTemplates, ReportingPermissions.Group, [RoleNames.SystemAdmin]),
    ];
}
