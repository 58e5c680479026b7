namespace Zmd.Vocational.Reporting.Contracts;

/// <summary>The four reports: the city 中职 annual report, a school's own annual report (一校一年报), the target-progress
/// brief and the technician college's build-out report.</summary>
public enum ReportKind
{
    City = 1,
    School = 2,
    Brief = 3,
    College = 4,
}

/// <summary>A draft can be regenerated and its narrative edited; a published edition never changes again.</summary>
public enum EditionState
{
    Draft = 1,
    Published = 2,
}

/// <summary>What a report is downloaded as. Pdf is printed from the stored HTML by headless Chromium where installed.</summary>
public enum ReportFileFormat
{
    Html = 1,
    Markdown = 2,
    Pdf = 3,
}

/// <summary>The template names under templates/ (each as .html.scriban and .md.scriban), one per report kind.</summary>
public static class ReportTemplates
{
    public const string City = "city-report";
    public const string School = "school-report";
    public const string Brief = "target-brief";
    public const string College = "college-report";

    public static readonly IReadOnlyList<string> All = [City, School, Brief, College];

    public static string NameOf(ReportKind kind) => kind switch
    {
        ReportKind.City => City,
        ReportKind.School => School,
        ReportKind.Brief => Brief,
        ReportKind.College => College,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind of a template name ("city-report"), or of a kind's name ("City"); null when unknown.</summary>
    public static ReportKind? KindOf(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        City or "city" => ReportKind.City,
        School or "school" => ReportKind.School,
        Brief or "brief" => ReportKind.Brief,
        College or "college" => ReportKind.College,
        _ => null,
    };

    /// <summary>"html", "md" (or "markdown") and "pdf"; null when unknown.</summary>
    public static ReportFileFormat? FormatOf(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "html" => ReportFileFormat.Html,
        "md" or "markdown" => ReportFileFormat.Markdown,
        "pdf" => ReportFileFormat.Pdf,
        _ => null,
    };
}

/// <summary>The parts of a report people write, kept with the edition: foreword, cases (特色创新), problems and measures.</summary>
public sealed record NarrativeDto(string? Foreword, string? Cases, string? Problems, string? Measures);

public sealed class NarrativeInput
{
    public string? Foreword { get; set; }
    public string? Cases { get; set; }
    public string? Problems { get; set; }
    public string? Measures { get; set; }
}

/// <summary>Generate (or regenerate) the draft edition of a report for a school year. School: the school's code (school
/// report; the college's code for the college report, the city's only college when empty). Provisional: include data
/// submitted but not yet approved (marked as such in the report).</summary>
public sealed class GenerateInput
{
    public string? Template { get; set; }
    public int? Year { get; set; }
    public string? School { get; set; }
    public bool Provisional { get; set; }
}

/// <summary>One edition of a report. Scope: "city" for the city report and the brief, the school's code otherwise.
/// The hashes are the SHA-256 (lower-case hex) of the stored HTML, Markdown and model snapshot, set when published.</summary>
public sealed record EditionDto(
    Guid Id,
    ReportKind Kind,
    string Template,
    int Year,
    string Scope,
    string Title,
    int Version,
    EditionState State,
    bool Provisional,
    NarrativeDto Narrative,
    DateTime GeneratedAt,
    string? GeneratedBy,
    DateTime? PublishedAt,
    string? PublishedBy,
    string? HtmlSha256,
    string? MarkdownSha256,
    string? SnapshotSha256,
    IReadOnlyDictionary<string, string> TemplateVersions,
    long HtmlBytes,
    long MarkdownBytes,
    double GatherMilliseconds,
    double RenderMilliseconds);

/// <summary>A stored report file: exactly the bytes kept with the edition (HTML, Markdown), or a PDF printed from them.</summary>
public sealed record EditionFile(string FileName, string ContentType, byte[] Content, string? Sha256);

/// <summary>The hashes recomputed from the stored bytes against those recorded at publication.</summary>
public sealed record VerificationDto(
    Guid EditionId,
    bool Valid,
    string HtmlSha256,
    string HtmlSha256Computed,
    string MarkdownSha256,
    string MarkdownSha256Computed,
    string SnapshotSha256,
    string SnapshotSha256Computed,
    DateTime PublishedAt);

/// <summary>A report rendered straight from the current data (the CLI, the benchmark), with the time spent gathering the
/// data and rendering the templates.</summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Content, double GatherMilliseconds, double RenderMilliseconds);

/// <summary>Report editions: generate a draft for a year and a scope, write its narrative, preview, publish (immutable
/// from then on), download and verify. A school user generates and reads their own school's report only (another
/// school's reads as not found); the city report and the brief are the bureau's; the college report is the bureau's,
/// and the college's own users may read it. Every write is audited.</summary>
public interface IReportEditions
{
    /// <summary>The editions the caller may read, newest first.</summary>
    Task<IReadOnlyList<EditionDto>> ListAsync(int? year = null, ReportKind? kind = null, CancellationToken ct = default);

    Task<EditionDto> GenerateAsync(GenerateInput input, CancellationToken ct = default);

    Task<EditionDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>Saves the narrative of a draft and renders the draft again with it.</summary>
    Task<EditionDto> SaveNarrativeAsync(Guid id, NarrativeInput input, CancellationToken ct = default);

    /// <summary>Freezes the draft exactly as last previewed: its output, template versions and data snapshot, hashed.</summary>
    Task<EditionDto> PublishAsync(Guid id, CancellationToken ct = default);

    Task<EditionFile> DownloadAsync(Guid id, ReportFileFormat format, CancellationToken ct = default);

    Task<VerificationDto> VerifyAsync(Guid id, CancellationToken ct = default);
}

/// <summary>Renders a report from the current data without storing an edition (zmd report). The narrative is that of
/// the latest edition of the same report, if any.</summary>
public interface IReportFiles
{
    Task<ReportFile> RenderAsync(string template, int year, string? schoolCode, ReportFileFormat format, bool provisional = false,
        CancellationToken ct = default);
}
