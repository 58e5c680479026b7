using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Certificates.Application;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Certificates.Data;
using Zmd.Vocational.Certificates.Endpoints;
using Zmd.Vocational.Certificates.Seeding;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Certificates;

/// <summary>The 1+X catalogue (with its seed and page), the certificate pilots and results. Needs the composed DbContext
/// (as DbContext), IBulkInserter, ICurrentUser and SeedsLocation.</summary>
public sealed class CertificatesModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(CertificatesPermissionProvider)];

    public override IReadOnlyList<Type> MenuContributors => [typeof(CertificatesMenu)];

    public override IReadOnlyList<Type> SeedContributors => [typeof(CertificatesSeedContributor)];

    /// <summary>Registers the catalogue, the pilots and results with Filing (as <see cref="IDatasetHandler"/>s, with their
    /// demo row generators) and their measures. Filing must resolve the code list
    /// <see cref="CertificateCodeLists.Certificates"/> through <see cref="ICertificateCatalog.CodeListAsync"/>.</summary>
    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICertificateCatalog, CertificateCatalog>();
        services.AddScoped<IDatasetHandler, PilotDatasetHandler>();
        services.AddScoped<IDatasetHandler, ResultDatasetHandler>();
        services.AddSingleton<DemoMajors>();
        services.AddSingleton<DemoCertificates>();
        services.AddSingleton<IDemoRowGenerator, PilotDemoRows>();
        services.AddSingleton<IDemoRowGenerator, ResultDemoRows>();
        services.AddScoped<IMeasureSource, PilotMeasures>();
        services.AddScoped<IMeasureSource, ResultMeasures>();
        services.AddScoped<ICodeListProvider, CertificateCodeListProvider>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureCertificates();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCertificatesEndpoints();
}

/// <summary>Every role reads the catalogue (schools file against it); the bureau's administrator and approver keep it.</summary>
internal sealed class CertificatesPermissionProvider : IPermissionDefinitionProvider
{
    private static readonly string[] Everyone = [.. RoleNames.All];
    private static readonly string[] Keepers = [RoleNames.SystemAdmin, RoleNames.BureauApprover];

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(CertificatesPermissions.CatalogView, CertificatesPermissions.Group, Everyone),
        new(CertificatesPermissions.CatalogManage, CertificatesPermissions.Group, Keepers),
    ];
}
