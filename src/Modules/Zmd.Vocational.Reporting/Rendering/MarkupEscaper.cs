using System.Buffers;
using System.Text;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>How a value a template writes is escaped in each format.</summary>
internal static class MarkupEscaper
{
    private static readonly SearchValues<char> HtmlSpecial = SearchValues.Create("&<>\"'");

    /// <summary>HTML text and attribute values: &amp; &lt; &gt; " ' are encoded, everything else (Chinese included) is
    /// written as it is.</summary>
    public static string Html(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny(HtmlSpecial) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary>Markdown text: the characters that would start emphasis, links, code, HTML, tables or headings are
    /// backslash-escaped (CommonMark shows an escaped punctuation character as itself); line breaks are kept.</summary>
    public static string Markdown(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsMarkdownSignificant(c))
            {
                sb ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
                sb.Append('\\');
            }

            sb?.Append(c);
        }

        return sb?.ToString() ?? text;
    }

    public static string Escape(string? text, ReportFormat format) => format == ReportFormat.Html ? Html(text) : Markdown(text);

    private static bool IsMarkdownSignificant(char c) => c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '!';
}
