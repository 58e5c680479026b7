using System.Text.RegularExpressions;
using Zmd.Vocational.Reporting.Rendering;

namespace Zmd.Vocational.Reporting.Templates;

internal enum TemplateKind
{
    /// <summary>A report: templates/{name}.html.scriban or .md.scriban.</summary>
    Main = 1,

    /// <summary>A layout the report goes into as <c>{{ content }}</c>: templates/_layout.html.scriban (or _layout-x).</summary>
    Layout = 2,

    /// <summary>A piece included with <c>{{ include 'name' }}</c>: templates/_partials/{name}.html.scriban (or .scriban for both formats).</summary>
    Partial = 3,
}

/// <summary>One template file, named three ways: its key in the API and the override table ("city-report.html",
/// "_layout.html", "_partials.cover.html"), its path under templates/ ("_partials/cover.html.scriban", also its name in
/// error messages and in an edition's template versions), and what it is. Names are lower-case letters, digits, '-' and
/// '_', so no name can leave the templates folder.</summary>
internal sealed partial record TemplateName(string Key, string Path, TemplateKind Kind, ReportFormat? Format)
{
    public const string Extension = ".scriban";
    public const string PartialsFolder = "_partials";

    public static TemplateName ForReport(string name, ReportFormat format) =>
        TryParse(name + "." + Ext(format), out var parsed) && parsed.Kind == TemplateKind.Main
            ? parsed
            : throw new ArgumentException($"'{name}' is not a report template name.", nameof(name));

    public static TemplateName ForLayout(string name, ReportFormat format) =>
        TryParse(name + "." + Ext(format), out var parsed) && parsed.Kind == TemplateKind.Layout
            ? parsed
            : throw new ArgumentException($"'{name}' is not a layout name.", nameof(name));

    /// <summary>The partial of a format, and the one shared by both formats (cover.scriban).</summary>
    public static IEnumerable<TemplateName> ForPartial(string name, ReportFormat format)
    {
        if (TryParse(PartialsFolder + "." + name + "." + Ext(format), out var specific))
        {
            yield return specific;
        }

        if (TryParse(PartialsFolder + "." + name, out var shared))
        {
            yield return shared;
        }
    }

    public static bool TryParse(string? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TemplateName? name)
    {
        name = null;
        var match = key is null ? null : KeyPattern().Match(key);
        if (match is null || !match.Success)
        {
            return false;
        }

        var partial = match.Groups["partial"].Success;
        var baseName = match.Groups["name"].Value;
        ReportFormat? format = match.Groups["ext"].Value switch
        {
            "html" => ReportFormat.Html,
            "md" => ReportFormat.Markdown,
            _ => null,
        };
        var kind = partial ? TemplateKind.Partial : baseName.StartsWith('_') ? TemplateKind.Layout : TemplateKind.Main;
        if (kind != TemplateKind.Partial && format is null)
        {
            return false;
        }

        var file = baseName + (format is { } f ? "." + Ext(f) : "") + Extension;
        name = new TemplateName(key!, partial ? PartialsFolder + "/" + file : file, kind, format);
        return true;
    }

    /// <summary>The name of a file found under templates/ (relative path with '/'), or null when it is no template.</summary>
    public static TemplateName? FromPath(string relativePath)
    {
        if (!relativePath.EndsWith(Extension, StringComparison.Ordinal))
        {
            return null;
        }

        var key = relativePath[..^Extension.Length].Replace('/', '.');
        return TryParse(key, out var name) && name.Path == relativePath ? name : null;
    }

    public static string Ext(ReportFormat format) => format == ReportFormat.Html ? "html" : "md";

    [GeneratedRegex(@"^(?<partial>_partials\.)?(?<name>_?[a-z0-9][a-z0-9_-]{0,62})(\.(?<ext>html|md))?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
