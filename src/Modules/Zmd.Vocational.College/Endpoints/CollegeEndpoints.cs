using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zmd.Vocational.College.Contracts;

namespace Zmd.Vocational.College.Endpoints;

/// <summary>The module's HTTP API: the technician college's build-out projects, progress reports and dashboard.</summary>
public static class CollegeEndpoints
{
    public static IEndpointRouteBuilder MapCollegeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/college").WithTags("College");
        return app;
    }
}
