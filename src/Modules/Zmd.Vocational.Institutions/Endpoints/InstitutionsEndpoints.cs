using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Endpoints;

/// <summary>The module's HTTP API. Each endpoint requires a permission; school users get their own school only
/// (the data filter answers 404 for another school's id).</summary>
public static class InstitutionsEndpoints
{
    public static IEndpointRouteBuilder MapInstitutionsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Institutions");

        api.MapGet("/counties", (ICountyDirectory counties, CancellationToken ct) => counties.ListAsync(ct))
            .RequireAuthorization(InstitutionsPermissions.CountiesView)
            .WithSummary("县区列表 / Counties and districts of Zhumadian");

        api.MapGet("/schools", (ISchoolDirectory schools, string? search, SchoolType? type, string? county, CancellationToken ct) =>
                schools.ListAsync(new SchoolQuery(search, type, county), ct))
            .RequireAuthorization(InstitutionsPermissions.SchoolsView)
            .WithSummary("学校列表 / Schools (a school user sees only their own)");

        api.MapGet("/schools/{id:guid}", (ISchoolDirectory schools, Guid id, CancellationToken ct) => schools.GetAsync(id, ct))
            .RequireAuthorization(InstitutionsPermissions.SchoolsView)
            .WithSummary("学校详情 / One school");

        api.MapPost("/schools", async (ISchoolDirectory schools, SchoolInput input, CancellationToken ct) =>
            {
                var created = await schools.CreateAsync(input, ct);
                return TypedResults.Created($"/api/schools/{created.Id}", created);
            })
            .RequireAuthorization(InstitutionsPermissions.SchoolsManage)
            .WithSummary("新增学校 / Create a school");

        api.MapPut("/schools/{id:guid}", (ISchoolDirectory schools, Guid id, SchoolInput input, CancellationToken ct) =>
                schools.UpdateAsync(id, input, ct))
            .RequireAuthorization(InstitutionsPermissions.SchoolsManage)
            .WithSummary("修改学校 / Edit a school");

        api.MapGet("/majors", (IMajorCatalog majors, MajorLevel? level, string? search, CancellationToken ct) => majors.ListAsync(level, search, ct))
            .RequireAuthorization(InstitutionsPermissions.MajorsView)
            .WithSummary("专业目录 / The major catalogue (2021)");

        api.MapGet("/enterprises", (IEnterpriseRegister enterprises, string? search, CancellationToken ct) => enterprises.ListAsync(search, ct))
            .RequireAuthorization(InstitutionsPermissions.EnterprisesView)
            .WithSummary("合作企业 / Partner enterprises");

        api.MapGet("/enterprises/{id:guid}", (IEnterpriseRegister enterprises, Guid id, CancellationToken ct) => enterprises.GetAsync(id, ct))
            .RequireAuthorization(InstitutionsPermissions.EnterprisesView)
            .WithSummary("企业详情 / One enterprise");

        api.MapPost("/enterprises", async (IEnterpriseRegister enterprises, EnterpriseInput input, CancellationToken ct) =>
            {
                var created = await enterprises.CreateAsync(input, ct);
                return TypedResults.Created($"/api/enterprises/{created.Id}", created);
            })
            .RequireAuthorization(InstitutionsPermissions.EnterprisesManage)
            .WithSummary("新增企业 / Register an enterprise (credit code checked, GB 32100-2015)");

        api.MapPut("/enterprises/{id:guid}", (IEnterpriseRegister enterprises, Guid id, EnterpriseInput input, CancellationToken ct) =>
                enterprises.UpdateAsync(id, input, ct))
            .RequireAuthorization(InstitutionsPermissions.EnterprisesManage)
            .WithSummary("修改企业 / Edit an enterprise");

        api.MapDelete("/enterprises/{id:guid}", async (IEnterpriseRegister enterprises, Guid id, CancellationToken ct) =>
            {
                await enterprises.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(InstitutionsPermissions.EnterprisesManage)
            .WithSummary("删除企业（可恢复） / Delete an enterprise (soft delete: registering it again restores it)");

        return app;
    }
}
