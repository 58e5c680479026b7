using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Domain;

/// <summary>One edition of a report for a school year and a scope ("city", or a school's code). A draft is regenerated
/// from the data whenever asked and its narrative edited; publishing freezes it: its output (in
/// <see cref="ReportEditionContent"/>), its template versions and its data snapshot are hashed and never change again.
/// Every change is in the entity-change audit log. Not school-owned in the data filter's sense (the city's editions
/// belong to no school): who may read an edition is decided by the editions service.</summary>
internal sealed class ReportEdition : AuditedEntity, IChangeAudited
{
    public const int NarrativeLength = 20_000;
    public const int ScopeLength = 20;

    public ReportKind Kind { get; set; }
    public int Year { get; set; }

    /// <summary>"city" for the city report and the brief; the school's code for a school's or the college's report.</summary>
    public string Scope { get; set; } = "";

    /// <summary>The school of a school's or the college's report; null for the city's.</summary>
    public Guid? SchoolId { get; set; }

    public int Version { get; set; }
    public EditionState State { get; set; } = EditionState.Draft;
    public bool Provisional { get; set; }
    public string Title { get; set; } = "";

    public string? Foreword { get; set; }
    public string? Cases { get; set; }
    public string? Problems { get; set; }
    public string? Measures { get; set; }

    public DateTime GeneratedAt { get; set; }
    public string? GeneratedBy { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }

    /// <summary>JSON object: template file → version (from the renderer), as stored at the last generation.</summary>
    public string TemplateVersions { get; set; } = "{}";

    public string? HtmlSha256 { get; set; }
    public string? MarkdownSha256 { get; set; }
    public string? SnapshotSha256 { get; set; }
    public long HtmlBytes { get; set; }
    public long MarkdownBytes { get; set; }
    public double GatherMilliseconds { get; set; }
    public double RenderMilliseconds { get; set; }

    public const string CityScope = "city";

    public void EnsureDraft()
    {
        if (State == EditionState.Published)
        {
            throw new BusinessException(EditionErrorCodes.EditionPublished, ErrorKind.Conflict,
                new Dictionary<string, object?> { ["version"] = Version });
        }
    }

    /// <summary>Freezes the stored output as it is: the hashes are of the very bytes a download returns.</summary>
    public void Publish(ReportEditionContent content, string? userName, DateTime now)
    {
        EnsureDraft();
        State = EditionState.Published;
        PublishedAt = now;
        PublishedBy = userName;
        HtmlSha256 = Hashes.Sha256(content.Html);
        MarkdownSha256 = Hashes.Sha256(content.Markdown);
        SnapshotSha256 = Hashes.Sha256(content.Snapshot);
    }
}

/// <summary>The output of an edition, kept apart from its row so that lists never load it: the rendered HTML and Markdown
/// as UTF-8 bytes (downloads return exactly these bytes) and the JSON snapshot of the model they were rendered from.</summary>
internal sealed class ReportEditionContent : Entity
{
    public Guid EditionId { get; set; }
    public byte[] Html { get; set; } = [];
    public byte[] Markdown { get; set; } = [];
    public string Snapshot { get; set; } = "{}";
}

internal static class Hashes
{
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    public static string Sha256(string text) => Sha256(System.Text.Encoding.UTF8.GetBytes(text));
}
