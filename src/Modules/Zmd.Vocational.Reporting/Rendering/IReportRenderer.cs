using System.Globalization;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>The two outputs a template is written for: templates/{name}.html.scriban and templates/{name}.md.scriban.</summary>
internal enum ReportFormat
{
    Html = 1,
    Markdown = 2,
}

/// <summary>A finished report. Content: the whole output; TemplateVersions: every template file used (main, layout,
/// partials) → SHA-256 hex of its text, so an edition records exactly which template texts made it.</summary>
internal sealed record RenderedReport(string Content, ReportFormat Format, IReadOnlyDictionary<string, string> TemplateVersions);

/// <summary>Renders report templates in the sandbox (see <see cref="SandboxContext"/>).</summary>
internal interface IReportRenderer
{
    /// <summary>Renders templates/{name}.html.scriban or templates/{name}.md.scriban (or the admin's override of it) with the
    /// model (plain .NET records / lists / dictionaries) and the shared layout + partials, in zh-CN. Throws BusinessException
    /// "Reporting:TemplateError" (ErrorKind.Validation) with args template, line, column, message on a syntax error, a
    /// runtime error or any limit; never returns a half-rendered or truncated report.</summary>
    Task<RenderedReport> RenderAsync(string templateName, object model, ReportFormat format, CancellationToken ct);

    /// <summary>The same in the given culture (the <c>L</c> texts and number formats; zh-CN unless "en").</summary>
    Task<RenderedReport> RenderAsync(string templateName, object model, ReportFormat format, CultureInfo culture, CancellationToken ct);
}
