using System.Text.RegularExpressions;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>Tidies Markdown output: templates written for readability (a line per loop step, blocks left out for a
/// school type) leave runs of blank lines behind, which Markdown readers show as nothing but diff tools and editors show
/// as gaps. Runs of blank lines become one; trailing blank lines become one line end.</summary>
internal static partial class MarkdownText
{
    public static string CollapseBlankLines(string markdown) =>
        BlankRuns().Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), "\n\n").TrimEnd('\n') + "\n";

    /// <summary>A line end followed by two or more lines holding only spaces or tabs.</summary>
    [GeneratedRegex(@"\n(?:[ \t]*\n){2,}")]
    private static partial Regex BlankRuns();
}
