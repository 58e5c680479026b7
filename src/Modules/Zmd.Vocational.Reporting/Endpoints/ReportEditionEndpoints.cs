using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Endpoints;

/// <summary>Report editions over HTTP: list, generate, get, narrative, publish, download (html, md, pdf), verify. A school
/// user reaches their own school's editions only (another school's read as not found).</summary>
public static class ReportEditionEndpoints
{
    /// <summary>Stored HTML shown in a browser may hold nothing active: no script, no outside resource, no form.</summary>
    public const string ReportContentSecurityPolicy = Rendering.ReportContentSecurity.Preview;

    public static RouteGroupBuilder MapReportEditions(this RouteGroupBuilder api)
    {
        api.MapGet("/", (IReportEditions editions, int? year, string? template, CancellationToken ct) =>
                editions.ListAsync(year, template is null ? (ReportKind?)null : ReportTemplates.KindOf(template) ?? throw UnknownTemplate(template), ct))
            .RequireAuthorization(ReportingPermissions.View)
            .WithSummary("质量年报版本列表 / Report editions the caller may read (year, template = city-report|school-report|target-brief|college-report)");
        api.MapPost("/", (IReportEditions editions, GenerateInput input, CancellationToken ct) => editions.GenerateAsync(input, ct))
            .RequireAuthorization(ReportingPermissions.Generate)
            .WithSummary("生成（或重新生成）草稿 / Generate or regenerate the draft edition of a report for a school year and scope");
        api.MapGet("/{id:guid}", (IReportEditions editions, Guid id, CancellationToken ct) => editions.GetAsync(id, ct))
            .RequireAuthorization(ReportingPermissions.View).WithSummary("一个版本 / One edition (metadata, narrative, hashes)");
        api.MapPut("/{id:guid}/narrative", (IReportEditions editions, Guid id, NarrativeInput input, CancellationToken ct) =>
                editions.SaveNarrativeAsync(id, input, ct))
            .RequireAuthorization(ReportingPermissions.Generate)
            .WithSummary("填写前言、案例、问题与改进措施（仅草稿，保存后重新生成） / Write the narrative of a draft (rendered again)");
        api.MapPost("/{id:guid}/publish", (IReportEditions editions, Guid id, CancellationToken ct) => editions.PublishAsync(id, ct))
            .RequireAuthorization(ReportingPermissions.Publish)
            .WithSummary("发布（此后不可更改） / Publish the draft as previewed: output, template versions and data snapshot frozen and hashed");
        api.MapGet("/{id:guid}/download", async (IReportEditions editions, HttpContext http, Guid id, string? format, bool? inline, CancellationToken ct) =>
            {
                var wanted = ReportTemplates.FormatOf(format) ?? throw new BusinessException(EditionErrorCodes.UnknownFormat, ErrorKind.Validation,
                    new Dictionary<string, object?> { ["format"] = format }, "format");
                var file = await editions.DownloadAsync(id, wanted, ct);
                if (file.Sha256 is { } hash)
                {
                    http.Response.Headers.ETag = "\"" + hash + "\"";
                    http.Response.Headers["X-Content-SHA256"] = hash;
                }

                if (wanted == ReportFileFormat.Html)
                {
                    http.Response.Headers.ContentSecurityPolicy = ReportContentSecurityPolicy;
                }

                http.Response.Headers.XContentTypeOptions = "nosniff";
                return inline == true
                    ? TypedResults.File(file.Content, file.ContentType)
                    : TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(ReportingPermissions.View)
            .WithSummary("下载（format=html|md|pdf；inline=true 在浏览器中预览） / Download exactly the stored bytes (PDF printed from the stored HTML)");
        api.MapGet("/{id:guid}/verify", (IReportEditions editions, Guid id, CancellationToken ct) => editions.VerifyAsync(id, ct))
            .RequireAuthorization(ReportingPermissions.View)
            .WithSummary("校验已发布版本的 SHA-256 / Recompute the SHA-256 of a published edition's stored output and snapshot");
        return api;
    }

    private static BusinessException UnknownTemplate(string template) =>
        new(EditionErrorCodes.UnknownTemplate, ErrorKind.Validation,
            new Dictionary<string, object?> { ["template"] = template, ["templates"] = string.Join(", ", ReportTemplates.All) }, "template");
}
