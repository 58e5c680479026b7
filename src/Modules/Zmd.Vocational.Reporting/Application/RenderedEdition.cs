using Zmd.Vocational.Reporting.Domain;

namespace Zmd.Vocational.Reporting.Application;

/// <summary>An edition's output rendered ahead of the transaction that stores it: plain values, so that the slow render
/// happens outside any lock and the transaction (which may be re-run) applies them to the edition it reads afresh.</summary>
internal sealed record RenderedEdition(
    byte[] Html, byte[] Markdown, string Snapshot, string Title, string TemplateVersions, DateTime GeneratedAt, string? GeneratedBy,
    double GatherMilliseconds, double RenderMilliseconds)
{
    public void ApplyTo(ReportEdition edition, ReportEditionContent content)
    {
        content.Html = Html;
        content.Markdown = Markdown;
        content.Snapshot = Snapshot;
        edition.Title = Title;
        edition.GeneratedAt = GeneratedAt;
        edition.GeneratedBy = GeneratedBy;
        edition.TemplateVersions = TemplateVersions;
        edition.HtmlBytes = Html.Length;
        edition.MarkdownBytes = Markdown.Length;
        edition.GatherMilliseconds = GatherMilliseconds;
        edition.RenderMilliseconds = RenderMilliseconds;
    }
}
