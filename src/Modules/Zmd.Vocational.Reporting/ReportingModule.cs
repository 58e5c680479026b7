using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Reporting.Application;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Data;
using Zmd.Vocational.Reporting.Endpoints;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.Reporting;

/// <summary>The report renderer, the template store, the report models and the editions. Needs the composed DbContext
/// (as DbContext), ICurrentUser, TimeProvider, SeedsLocation, and the Institutions, Filing, Targets and College contracts.</summary>
public sealed class ReportingModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(ReportingPermissionProvider)];

    /// <summary>The template pages (admins) and the reports page.</summary>
    public override IReadOnlyList<Type> MenuContributors => [typeof(TemplatesMenu), typeof(ReportsMenu)];

    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        Rendering.RenderingRegistration.AddRendering(services);
        EditionsRegistration.AddReportEditions(services);
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureReporting();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapReportingEndpoints();
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
