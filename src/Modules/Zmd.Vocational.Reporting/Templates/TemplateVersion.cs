using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>One saved version of a template override (table RepTemplateVersions): the admin's text, or a revert to the
/// file (Text null). Who and when are the audit fields; every save is also in the data change log. Versions are never
/// changed or deleted: the latest one says what is in effect.</summary>
internal sealed class TemplateVersion : AuditedEntity, IChangeAudited
{
    public const int NameLength = 100;

    /// <summary>The template's key, e.g. "city-report.html".</summary>
    public string Name { get; set; } = "";

    /// <summary>1, 2, 3… per template.</summary>
    public int Version { get; set; }

    /// <summary>The admin's text; null when this version reverted to the file.</summary>
    public string? Text { get; set; }

    /// <summary>SHA-256 (hex) of the text in effect from this version on (the file's at the time of a revert).</summary>
    public string Sha256 { get; set; } = "";

    public bool Reverted { get; set; }
}
