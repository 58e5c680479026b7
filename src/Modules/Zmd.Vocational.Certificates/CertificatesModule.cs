using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Certificates.Application;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Certificates.Seeding;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Certificates;

public static class CertificatesModule
{
    /// <summary>Registers the 1+X catalogue (service, seed contributor, page menu entry), the certificate pilots and results
    /// with Filing (as <see cref="IDatasetHandler"/>s, with their demo row generators), their measures and the
    /// module's permissions. Needs the composed DbContext (as DbContext), IBulkInserter, ICurrentUser and SeedsLocation.
    /// Filing must resolve the code list <see cref="CertificateCodeLists.Certificates"/> through
    /// <see cref="ICertificateCatalog.CodeListAsync"/>.</summary>
    public static IServiceCollection AddCertificatesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICertificateCatalog, CertificateCatalog>();
        services.AddScoped<IDataSeedContributor, CertificatesSeedContributor>();
        services.AddScoped<IDatasetHandler, PilotDatasetHandler>();
        services.AddScoped<IDatasetHandler, ResultDatasetHandler>();
        services.AddSingleton<DemoMajors>();
        services.AddSingleton<DemoCertificates>();
        services.AddSingleton<IDemoRowGenerator, PilotDemoRows>();
        services.AddSingleton<IDemoRowGenerator, ResultDemoRows>();
        services.AddScoped<IMeasureSource, PilotMeasures>();
        services.AddScoped<IMeasureSource, ResultMeasures>();
        services.AddScoped<ICodeListProvider, CertificateCodeListProvider>();
        services.AddSingleton<IPermissionDefinitionProvider, CertificatesPermissionProvider>();
        services.AddSingleton<IMenuContributor, CertificatesMenu>();
        return services;
    }
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
