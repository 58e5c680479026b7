namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>Markup the renderer's own template functions produced (a numbered table, an SVG chart, a heading): written to
/// the output as-is, where every other value a template writes is escaped. Only code builds it, never a template, and
/// any string operation a template applies to it turns it back into an ordinary (escaped) string.</summary>
internal sealed class TrustedMarkup(string text)
{
    public string Text { get; } = text;

    public override string ToString() => Text;
}
