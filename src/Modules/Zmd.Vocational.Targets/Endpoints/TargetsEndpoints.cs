using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Endpoints;

/// <summary>The module's HTTP API: the plan's targets, read-only. Every role may read them.</summary>
public static class TargetsEndpoints
{
    public static IEndpointRouteBuilder MapTargetsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Targets");

        api.MapGet("/targets", (ITargetRegister targets, CancellationToken ct) => targets.ListAsync(ct))
            .RequireAuthorization(TargetsPermissions.View)
            .WithSummary("规划目标列表 / The plan's targets, in the plan's order");

        api.MapGet("/targets/{code}", (ITargetRegister targets, string code, CancellationToken ct) => targets.GetAsync(code, ct))
            .RequireAuthorization(TargetsPermissions.View)
            .WithSummary("规划目标详情 / One target by code (e.g. K1.07), with the codes that state it with another number");

        return app;
    }
}
