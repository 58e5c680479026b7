using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Application;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Data;
using Zmd.Vocational.Filing.Endpoints;

namespace Zmd.Vocational.Filing;

/// <summary>Filing years, the upload pipeline and the workflow; the data modules register their datasets with it.</summary>
public sealed class FilingModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(FilingPermissionProvider)];

    public override IReadOnlyList<Type> MenuContributors => [typeof(FilingMenu)];

    public override IReadOnlyList<Type> SeedContributors => [typeof(Seeding.DemoFilingsSeedContributor)];

    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DatasetCatalog>();
        services.AddScoped<IDatasetCatalog>(sp => sp.GetRequiredService<DatasetCatalog>());
        services.AddScoped<FilingReader>();
        services.AddScoped<IFilingLedger, FilingLedger>();
        services.AddScoped<IFilingWorkflow, FilingWorkflow>();
        services.AddScoped<IFilingCalendar, FilingCalendar>();
        services.AddScoped<Intake.CodeListSource>();
        services.AddScoped<IFilingImport, FilingImport>();
        services.AddScoped<ICrossSchoolCheck, CrossSchoolCheck>();
        services.AddScoped<ICrossSchoolDuplicates, CrossSchoolDuplicates>();
        services.AddScoped<IFilingTemplates, FilingTemplates>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureFiling();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapFilingEndpoints();
}

internal sealed class FilingPermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(FilingPermissions.View, FilingPermissions.Group, [.. RoleNames.All]),
        new(FilingPermissions.Board, FilingPermissions.Group, [.. RoleNames.Bureau]),
        new(FilingPermissions.Upload, FilingPermissions.Group, [RoleNames.SchoolFiler, RoleNames.SystemAdmin], SchoolFilingWork: true),
        new(FilingPermissions.Submit, FilingPermissions.Group, [RoleNames.SchoolFiler], SchoolFilingWork: true),
        new(FilingPermissions.Review, FilingPermissions.Group, [RoleNames.BureauApprover]),
        new(FilingPermissions.ManagePeriods, FilingPermissions.Group, [RoleNames.SystemAdmin, RoleNames.BureauApprover]),
        new(FilingPermissions.ViewPersonalData, FilingPermissions.Group, [RoleNames.SystemAdmin]),

        // What other schools filed is the bureau's alone: never granted to a school role.
        new(FilingPermissions.ViewDuplicates, FilingPermissions.Group, [.. RoleNames.Bureau]),
        new(FilingPermissions.ResolveDuplicates, FilingPermissions.Group, [RoleNames.SystemAdmin, RoleNames.BureauApprover]),
    ];
}

internal sealed class FilingMenu : IMenuContributor
{
    public IEnumerable<MenuItem> Items() =>
    [
        new(MenuGroups.Filing, "Menu:FilingChecklist", "/Filing", FilingPermissions.View, 10),
        new(MenuGroups.Filing, "Menu:FilingBoard", "/Filing/Board", FilingPermissions.Board, 20),
        new(MenuGroups.Filing, "Menu:FilingDuplicates", "/Filing/Duplicates", FilingPermissions.ViewDuplicates, 25),
        new(MenuGroups.Filing, "Menu:FilingPeriods", "/Filing/Periods", FilingPermissions.ManagePeriods, 30),
    ];
}
