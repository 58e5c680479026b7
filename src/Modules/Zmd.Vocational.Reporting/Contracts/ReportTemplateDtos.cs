namespace Zmd.Vocational.Reporting.Contracts;

/// <summary>One template under templates/. Name: its key in the API ("city-report.html", "_layout.html",
/// "_partials.cover.html"); Path: the file under templates/; Kind: main, layout or partial; Format: html, md or null (a
/// partial shared by both). Version: the latest saved version number (0 when never overridden); Overridden: whether an
/// admin's text is in effect; Sha256: of the text in effect.</summary>
public sealed record ReportTemplateDto(
    string Name,
    string Path,
    string Kind,
    string? Format,
    bool Overridden,
    int Version,
    string Sha256,
    string? ChangedBy,
    DateTime? ChangedAt);

/// <summary>A template with its text in effect and the file's text (what a revert goes back to).</summary>
public sealed record ReportTemplateDetailDto(ReportTemplateDto Template, string Text, string FileText, string FileSha256);

/// <summary>One saved version: an admin's text, or a revert to the file (Reverted, Text null). Every save is kept.</summary>
public sealed record ReportTemplateVersionDto(int Version, bool Reverted, string Sha256, string? SavedBy, DateTime SavedAt, int Length, string? Text);

/// <summary>A template text to check or save.</summary>
public sealed record ReportTemplateInput(string Text);

/// <summary>One thing wrong with a template: file, 1-based line and column, message.</summary>
public sealed record TemplateProblemDto(string Template, int Line, int Column, string Message);

/// <summary>The result of a check: Ok when the text parses and renders against the sample model; Problems otherwise;
/// Preview: the rendered output (HTML or Markdown) when it rendered.</summary>
public sealed record TemplateCheckDto(bool Ok, IReadOnlyList<TemplateProblemDto> Problems, string? Preview, string? Format);

/// <summary>Bureau admins' template overrides: list, read, check (parse + preview render against a sample model), save (a
/// new version; refused when the check fails), versions, revert to the file. Every template name is a key as in
/// <see cref="ReportTemplateDto.Name"/>; an unknown one is Reporting:TemplateNotFound.</summary>
public interface IReportTemplateService
{
    Task<IReadOnlyList<ReportTemplateDto>> ListAsync(CancellationToken ct = default);

    Task<ReportTemplateDetailDto> GetAsync(string name, CancellationToken ct = default);

    Task<TemplateCheckDto> CheckAsync(string name, string text, CancellationToken ct = default);

    Task<ReportTemplateDetailDto> SaveAsync(string name, string text, CancellationToken ct = default);

    Task<ReportTemplateDetailDto> RevertAsync(string name, CancellationToken ct = default);

    Task<IReadOnlyList<ReportTemplateVersionDto>> VersionsAsync(string name, CancellationToken ct = default);

    Task<ReportTemplateVersionDto> VersionAsync(string name, int version, CancellationToken ct = default);
}

/// <summary>Gives the template check a realistic model to preview a report template against (the report models' owner
/// registers one); without one the preview renders against an empty model, as for a year without data.</summary>
public interface IReportTemplateSampleModels
{
    /// <summary>A sample model for the report template (its name without the format, e.g. "city-report"), or null.</summary>
    Task<object?> SampleAsync(string templateName, CancellationToken ct);
}
