using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.College.Endpoints;

/// <summary>The module's HTTP API: the technician college's build-out projects, progress reports and dashboard. The
/// college's own users and bureau staff only (College:NotCollege for any other school's user).</summary>
public static class CollegeEndpoints
{
    public static IEndpointRouteBuilder MapCollegeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/college").WithTags("College");
        MapBuildOut(api);
        MapDashboard(api);
        return app;
    }

    private static void MapBuildOut(RouteGroupBuilder api)
    {
        api.MapGet("/projects", (IBuildOutService buildOut, string? school, CancellationToken ct) => buildOut.ListAsync(school, ct))
            .RequireAuthorization(CollegePermissions.View).WithSummary("建设项目及进展标记 / Build-out projects with their standing (late, over budget)");
        api.MapGet("/projects/{id:guid}", (IBuildOutService buildOut, Guid id, CancellationToken ct) => buildOut.GetAsync(id, ct))
            .RequireAuthorization(CollegePermissions.View).WithSummary("一个项目及其进度报告 / A project with its progress reports");
        api.MapPost("/projects", (IBuildOutService buildOut, ProjectInput input, string? school, CancellationToken ct) => buildOut.CreateAsync(input, school, ct))
            .RequireAuthorization(CollegePermissions.Report).WithSummary("新建建设项目 / Record a project (floor area m², budget 万元, dates yyyy-MM-dd)");
        api.MapPut("/projects/{id:guid}", (IBuildOutService buildOut, Guid id, ProjectInput input, CancellationToken ct) => buildOut.UpdateAsync(id, input, ct))
            .RequireAuthorization(CollegePermissions.Report).WithSummary("修改建设项目 / Edit a project (e.g. its actual start and completion)");
        api.MapPost("/projects/{id:guid}/reports", (IBuildOutService buildOut, Guid id, ProgressReportInput input, CancellationToken ct) =>
                buildOut.RecordReportAsync(id, input, ct))
            .RequireAuthorization(CollegePermissions.Report).WithSummary("填报进度（截至某日的累计数，草稿） / Record progress to a date (totals, as a draft)");
        api.MapPut("/reports/{id:guid}", (IBuildOutService buildOut, Guid id, ProgressReportInput input, CancellationToken ct) =>
                buildOut.UpdateReportAsync(id, input, ct))
            .RequireAuthorization(CollegePermissions.Report).WithSummary("修改草稿或被退回的进度报告 / Edit a draft or returned report");
        foreach (var (verb, action, permission) in new[]
                 {
                     ("submit", FilingAction.Submitted, CollegePermissions.Report),
                     ("approve", FilingAction.Approved, CollegePermissions.Approve),
                     ("return", FilingAction.Returned, CollegePermissions.Approve),
                     ("unlock", FilingAction.Unlocked, CollegePermissions.Approve),
                 })
        {
            api.MapPost("/reports/{id:guid}/" + verb, (IBuildOutService buildOut, Guid id, ReviewInput? input, CancellationToken ct) =>
                    buildOut.TransitionReportAsync(id, action, input?.Comment, ct))
                .RequireAuthorization(permission).WithSummary("进度报告流转 / Progress report: " + verb);
        }

        api.MapPost("/reports/{id:guid}/attachments", (IBuildOutService buildOut, HttpRequest request, Guid id, string fileName, CancellationToken ct) =>
                buildOut.AttachAsync(id, fileName, request.ContentType, request.Body, ct))
            .RequireAuthorization(CollegePermissions.Report)
            .Accepts<IFormFile>("application/octet-stream", "image/jpeg", "image/png", "application/pdf")
            .WithSummary("上传附件（请求体为文件本身，fileName 指明类型；照片、PDF、docx、xlsx，10 MB 以内；仅草稿或被退回的报告） / Attach a photo or document to a draft or returned report");
        api.MapDelete("/attachments/{id:guid}", async (IBuildOutService buildOut, Guid id, CancellationToken ct) =>
            {
                await buildOut.DeleteAttachmentAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(CollegePermissions.Report).WithSummary("删除附件（仅草稿或被退回的报告） / Remove an attachment of a draft or returned report");
        api.MapGet("/attachments/{id:guid}", async (IBuildOutService buildOut, Guid id, CancellationToken ct) =>
            {
                var file = await buildOut.AttachmentAsync(id, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(CollegePermissions.View).WithSummary("下载附件 / Download an attachment");
    }

    private static void MapDashboard(RouteGroupBuilder api) =>
        api.MapGet("/dashboard", (ICollegeDashboard dashboard, int year, string? school, bool? provisional, CancellationToken ct) =>
                dashboard.GetAsync(year, school, provisional == true ? DataBasis.Provisional : DataBasis.Approved, ct))
            .RequireAuthorization(CollegePermissions.View)
            .WithSummary("技师学院看板：建设项目、专栏6目标进展、分层次在校生、设置标准检查 / The college dashboard of a school year");
}
