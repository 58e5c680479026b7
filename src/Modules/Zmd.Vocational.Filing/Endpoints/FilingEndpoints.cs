using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.Filing.Endpoints;

/// <summary>The filing API: the same upload and workflow as the pages, for a school's own system with an API token.</summary>
public static class FilingEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Upload bodies are the raw file. Only these types are accepted: none of them can be sent by a plain
    /// cross-site form, so a cookie-signed-in browser cannot be made to upload by another site.</summary>
    private static readonly string[] UploadTypes = ["application/octet-stream", "text/csv", Xlsx];

    public static IEndpointRouteBuilder MapFilingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/filing").WithTags("Filing");

        api.MapGet("/periods", (IFilingCalendar calendar, CancellationToken ct) => calendar.ListAsync(ct))
            .RequireAuthorization(FilingPermissions.View).WithSummary("填报学年 / School years open for filing");
        api.MapPost("/periods", (IFilingCalendar calendar, FilingPeriodInput input, CancellationToken ct) => calendar.SaveAsync(input, ct))
            .RequireAuthorization(FilingPermissions.ManagePeriods).WithSummary("开放学年并设置截止日期 / Open a school year with a deadline");

        api.MapGet("/datasets", (IDatasetCatalog catalog, CancellationToken ct) => catalog.ListForCurrentUserAsync(ct))
            .RequireAuthorization(FilingPermissions.View).WithSummary("可填报的数据集（学校用户只见本校类型须填报的） / Datasets and their columns (a school user: those its school files)");
        api.MapGet("/datasets/{code}/template", async (IFilingTemplates templates, string code, CancellationToken ct) =>
            {
                var (name, content) = await templates.TemplateAsync(code, ct);
                return TypedResults.File(content, Xlsx, name);
            })
            .RequireAuthorization(FilingPermissions.View).WithSummary("下载 xlsx 模板 / Download the xlsx template");

        api.MapPost("/{year:int}/{schoolCode}/{dataset}", UploadAsync)
            .RequireAuthorization(FilingPermissions.Upload)
            .Accepts<IFormFile>("application/octet-stream", "text/csv", Xlsx)
            .WithSummary("上传数据（请求体为文件本身，fileName 指明 .csv 或 .xlsx） / Upload a dataset: the body is the file; 200 when stored, 422 with every error when refused");

        api.MapGet("/reports/{id}", async (IFilingImport import, IPermissionChecker permissions, HttpContext http, string id, CancellationToken ct) =>
                await import.OpenErrorReportAsync(id, await permissions.IsGrantedAsync(http.User, FilingPermissions.ViewPersonalData, ct), ct) is { } report
                    ? Results.File(report.Content, Xlsx, report.FileName)
                    : Results.NotFound())
            .RequireAuthorization(FilingPermissions.View)
            .WithSummary("下载带错误说明的文件（上传者本人与有个人信息权限者得原样，其他人身份证号与出生日期脱敏） / Download the file with its error column (masked unless yours or permitted)");

        api.MapGet("/filings", (IFilingWorkflow workflow, int year, string? school, FilingState? state, CancellationToken ct) =>
                workflow.ListAsync(year, school, state, ct))
            .RequireAuthorization(FilingPermissions.View).WithSummary("填报记录 / Filings of a year");
        api.MapGet("/filings/{id:guid}", (IFilingWorkflow workflow, Guid id, CancellationToken ct) => workflow.GetAsync(id, ct))
            .RequireAuthorization(FilingPermissions.View).WithSummary("一条填报 / One filing");
        api.MapGet("/filings/{id:guid}/history", (IFilingWorkflow workflow, Guid id, CancellationToken ct) => workflow.HistoryAsync(id, ct))
            .RequireAuthorization(FilingPermissions.View).WithSummary("流转记录 / Its transitions");

        api.MapGet("/filings/{id:guid}/preview", async (IFilingWorkflow workflow, IPermissionChecker permissions, HttpContext http, Guid id, int? take, CancellationToken ct) =>
                await workflow.PreviewAsync(id, Math.Clamp(take ?? 50, 1, 500), await permissions.IsGrantedAsync(http.User, FilingPermissions.ViewPersonalData, ct), ct))
            .RequireAuthorization(FilingPermissions.View).WithSummary("数据预览（身份证号按权限脱敏） / First rows, ID numbers masked unless permitted");

        api.MapPost("/filings/{id:guid}/submit", (IFilingWorkflow workflow, Guid id, CancellationToken ct) => workflow.SubmitAsync(id, ct))
            .RequireAuthorization(FilingPermissions.Submit).WithSummary("提交审核 / Submit");
        api.MapPost("/filings/{id:guid}/approve", (IFilingWorkflow workflow, Guid id, ReviewInput? input, CancellationToken ct) => workflow.ApproveAsync(id, input?.Comment, ct))
            .RequireAuthorization(FilingPermissions.Review).WithSummary("审核通过 / Approve");
        api.MapPost("/filings/{id:guid}/return", (IFilingWorkflow workflow, Guid id, ReviewInput input, CancellationToken ct) => workflow.ReturnAsync(id, input.Comment, ct))
            .RequireAuthorization(FilingPermissions.Review).WithSummary("退回（须填写意见） / Return with a comment");
        api.MapPost("/filings/{id:guid}/unlock", (IFilingWorkflow workflow, Guid id, ReviewInput input, CancellationToken ct) => workflow.UnlockAsync(id, input.Comment, ct))
            .RequireAuthorization(FilingPermissions.Review).WithSummary("解锁已通过的数据（须填写理由） / Unlock approved data with a reason");
        api.MapPost("/filings/approve", (IFilingWorkflow workflow, BulkApproveInput input, CancellationToken ct) => workflow.ApproveManyAsync(input, ct))
            .RequireAuthorization(FilingPermissions.Review).WithSummary("批量审核通过 / Approve many");

        api.MapGet("/duplicates", async (ICrossSchoolDuplicates duplicates, IPermissionChecker permissions, HttpContext http, int year, string? school,
                string? dataset, DuplicateStatus? status, CancellationToken ct) =>
                await duplicates.ListAsync(new DuplicateQuery(year, school, dataset, status),
                    await permissions.IsGrantedAsync(http.User, FilingPermissions.ViewPersonalData, ct), ct))
            .RequireAuthorization(FilingPermissions.ViewDuplicates)
            .WithSummary("跨校重复学生与异常上传（仅教育局） / Students filed by two schools, and uploads clashing unusually often (bureau only)");
        api.MapPost("/duplicates/{id:guid}/resolve", async (ICrossSchoolDuplicates duplicates, IPermissionChecker permissions, HttpContext http, Guid id,
                ResolveDuplicateInput input, CancellationToken ct) =>
                await duplicates.ResolveAsync(id, input.Note, await permissions.IsGrantedAsync(http.User, FilingPermissions.ViewPersonalData, ct), ct))
            .RequireAuthorization(FilingPermissions.ResolveDuplicates)
            .WithSummary("处理跨校重复（须填写处理说明） / Resolve a cross-school duplicate with a note");

        api.MapGet("/{year:int}/board", (IFilingWorkflow workflow, int year, CancellationToken ct) => workflow.StatusBoardAsync(year, ct))
            .RequireAuthorization(FilingPermissions.View).WithSummary("填报进度（学校用户只见本校） / Status board (a school user sees their own)");
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, IFilingImport import, IConfiguration configuration, int year, string schoolCode,
        string dataset, string? fileName, CancellationToken ct)
    {
        var type = request.ContentType?.Split(';')[0].Trim();
        if (type is null || !UploadTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            throw new BusinessException(FilingErrorCodes.UnsupportedFile, ErrorKind.Validation, new Dictionary<string, object?> { ["file"] = fileName ?? "" });
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? (type == Xlsx ? dataset + ".xlsx" : dataset + ".csv") : fileName;

        // A declared length over the limit is refused before a byte of the body is read (a client sending
        // "Expect: 100-continue" then never sends it). Otherwise Kestrel's own limit (30 MB by default, and a bare
        // "request invalid" when hit) is lifted to one byte past ours, so the upload's own check names file and limit.
        var max = configuration.GetValue<long?>(TempUpload.MaxBytesKey) ?? TempUpload.DefaultMaxBytes;
        if (request.ContentLength > max)
        {
            throw TempUpload.TooLarge(name, max);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + 1;
        }

        var result = await import.ImportAsync(dataset, schoolCode, year, name, request.Body, ct);
        return result.Stored ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
    }
}
