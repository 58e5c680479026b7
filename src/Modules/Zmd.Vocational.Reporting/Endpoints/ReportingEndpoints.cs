using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Zmd.Vocational.Reporting.Endpoints;

/// <summary>The module's HTTP API: report editions (generate, preview, publish, download) and template overrides.</summary>
public static class ReportingEndpoints
{
    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reporting");
        Templates.TemplateEndpoints.MapTemplateEndpoints(api);
        api.MapReportEditions();
        _ = api;
        return app;
    }
}
