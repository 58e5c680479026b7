using System.Globalization;
using System.Text;
using System.Xml;

namespace Zmd.Vocational.Core.Charts;

/// <summary>A small SVG builder. Every text and attribute value goes through <see cref="Escape"/>, every number
/// through <see cref="Num"/>, so user-supplied labels cannot break the markup and output does not depend on the
/// server's culture. It refuses <c>script</c> elements, <c>style</c> and <c>on…</c> attributes: the pages run under
/// a Content-Security-Policy that forbids inline styles and scripts, so charts use presentation attributes only.</summary>
public sealed class SvgWriter
{
    private readonly StringBuilder _text = new();
    private readonly Stack<string> _open = new();
    private readonly string _idPrefix;

    /// <param name="idSeed">Text the element ids are derived from (the chart's content): the same chart always gets
    /// the same ids, and different charts on one page get different ones.</param>
    public SvgWriter(string idSeed)
    {
        ArgumentNullException.ThrowIfNull(idSeed);
        var hash = 2166136261u; // FNV-1a: stable across processes, unlike string.GetHashCode
        foreach (var c in idSeed)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        _idPrefix = "zc" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>A document-unique id for a local name (a pattern, the title).</summary>
    public string Id(string name) => _idPrefix + "-" + name;

    /// <summary>Starts an element that gets children; end it with <see cref="Close"/>.</summary>
    public SvgWriter Open(string element, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(element, attributes);
        _text.Append('>');
        _open.Push(element);
        return this;
    }

    /// <summary>Ends the element last opened.</summary>
    public SvgWriter Close()
    {
        _text.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>Writes an element without content: <c>&lt;line … /&gt;</c>.</summary>
    public SvgWriter Empty(string element, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(element, attributes);
        _text.Append("/>");
        return this;
    }

    /// <summary>Writes an element whose content is escaped text: <c>&lt;text …&gt;label&lt;/text&gt;</c>.</summary>
    public SvgWriter Text(string element, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(element, attributes);
        _text.Append('>').Append(Escape(text)).Append("</").Append(element).Append('>');
        return this;
    }

    /// <summary>The markup so far, with the elements still open closed.</summary>
    public override string ToString()
    {
        var result = new StringBuilder(_text.ToString());
        foreach (var element in _open)
        {
            result.Append("</").Append(element).Append('>');
        }

        return result.ToString();
    }

    /// <summary>Escapes text for element content and attribute values; drops characters XML cannot carry at all
    /// (control characters, lone surrogates), so the output always parses.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&apos;"); break;
                default:
                    if (XmlConvert.IsXmlChar(c))
                    {
                        result.Append(c);
                    }
                    else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
                    {
                        result.Append(c).Append(text[i + 1]);
                        i++;
                    }

                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>A number as SVG and readers want it: invariant culture, at most two decimals, no "-0".</summary>
    public static string Num(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.0; // + 0.0 turns -0 into 0
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private void StartTag(string element, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        if (element.Equals("script", StringComparison.OrdinalIgnoreCase) || element.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"<{element}> is not allowed in a chart.", nameof(element));
        }

        _text.Append('<').Append(element);
        foreach (var (name, value) in attributes)
        {
            if (name.Equals("style", StringComparison.OrdinalIgnoreCase) || name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The attribute {name} is not allowed in a chart.", nameof(attributes));
            }

            if (value is not null)
            {
                _text.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
            }
        }
    }
}
