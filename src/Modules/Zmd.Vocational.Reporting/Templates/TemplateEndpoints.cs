using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>/api/reports/templates: the bureau admins' template overrides (ReportingPermissions.ManageTemplates).</summary>
internal static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/templates").RequireAuthorization(ReportingPermissions.ManageTemplates);
        templates.MapGet("/", (IReportTemplateService service, CancellationToken ct) => service.ListAsync(ct))
            .WithSummary("报告模板列表（文件与覆盖版本） / Report templates: files and overrides");
        templates.MapGet("/{name}", (IReportTemplateService service, string name, CancellationToken ct) => service.GetAsync(name, ct))
            .WithSummary("一个模板的现行文本与文件文本 / A template's text in effect and its file text");
        templates.MapPut("/{name}", (IReportTemplateService service, string name, ReportTemplateInput input, CancellationToken ct) =>
                service.SaveAsync(name, input.Text, ct))
            .WithSummary("保存覆盖版本（先检查语法并以示例数据试渲染，失败则拒绝） / Save an override (checked and previewed first; refused when wrong)");
        templates.MapPost("/{name}/check", (IReportTemplateService service, string name, ReportTemplateInput input, CancellationToken ct) =>
                service.CheckAsync(name, input.Text, ct))
            .WithSummary("检查语法并以示例数据预览（不保存） / Check the syntax and preview against a sample model (nothing is saved)");
        templates.MapPost("/{name}/revert", (IReportTemplateService service, string name, CancellationToken ct) => service.RevertAsync(name, ct))
            .WithSummary("恢复为文件版本（记为一个新版本） / Revert to the file's text (kept as a new version)");
        templates.MapGet("/{name}/versions", (IReportTemplateService service, string name, CancellationToken ct) => service.VersionsAsync(name, ct))
            .WithSummary("全部保存版本（新在前） / Every saved version, newest first");
        templates.MapGet("/{name}/versions/{version:int}", (IReportTemplateService service, string name, int version, CancellationToken ct) =>
                service.VersionAsync(name, version, ct))
            .WithSummary("一个保存版本 / One saved version");
    }
}
