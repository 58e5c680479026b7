using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zmd.Vocational.Certificates.Contracts;

namespace Zmd.Vocational.Certificates.Endpoints;

/// <summary>The module's HTTP API: the 1+X certificate catalogue. Every role may read it; the bureau keeps it.</summary>
public static class CertificatesEndpoints
{
    public static IEndpointRouteBuilder MapCertificatesEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Certificates");

        api.MapGet("/certificates", (ICertificateCatalog catalog, bool? includeInactive, CancellationToken ct) =>
                catalog.ListAsync(includeInactive ?? true, ct))
            .RequireAuthorization(CertificatesPermissions.CatalogView)
            .WithSummary("1+X证书目录 / The 1+X certificate catalogue, by code (includeInactive=false leaves out retired certificates)");

        api.MapPost("/certificates", (ICertificateCatalog catalog, CertificateTypeInput input, CancellationToken ct) =>
                catalog.SaveAsync(input, ct))
            .RequireAuthorization(CertificatesPermissions.CatalogManage)
            .WithSummary("新增或修改1+X证书 / Create a certificate, or update the one with the same code (code and name required; "
                + "levels of 初级/中级/高级, all three when empty; isActive=false retires it)");

        return app;
    }
}
