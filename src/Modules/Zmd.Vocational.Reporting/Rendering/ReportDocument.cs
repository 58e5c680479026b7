using System.Globalization;
using System.Text;
using Zmd.Vocational.Core.Localization;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>What one render accumulates besides the output: the numbering of headings, tables and figures, the headings
/// for the table of contents, and the placeholder the contents replace once every heading is known.</summary>
internal sealed class ReportDocument(ReportFormat format, CultureInfo culture, JsonLocalizationStore texts)
{
    private readonly int[] _headingNumbers = new int[5];
    private readonly List<Heading> _headings = [];
    private readonly string _nonce = Guid.NewGuid().ToString("N");

    public ReportFormat Format { get; } = format;
    public CultureInfo Culture { get; } = culture;
    public bool IsChinese { get; } = JsonLocalizationStore.Normalize(culture) == JsonLocalizationStore.DefaultCulture;

    public int Tables { get; private set; }
    public int Figures { get; private set; }
    public int TocDepth { get; private set; } = 2;
    public bool HasToc { get; private set; }
    public IReadOnlyList<Heading> Headings => _headings;

    /// <summary>The text of a localization key in the report's culture (zh-CN when missing in English); the key itself when
    /// there is no text, so a typo shows in the output rather than vanishing.</summary>
    public string Text(string key) => texts.Find(key, Culture) ?? key;

    public int NextTable() => ++Tables;

    public int NextFigure() => ++Figures;

    /// <summary>Numbers a heading the way Chinese official documents do: 一、 （一） 1. （1）.</summary>
    public Heading AddHeading(int level, string text, bool numbered)
    {
        level = Math.Clamp(level, 1, 4);
        string? number = null;
        if (numbered)
        {
            _headingNumbers[level]++;
            for (var deeper = level + 1; deeper < _headingNumbers.Length; deeper++)
            {
                _headingNumbers[deeper] = 0;
            }

            number = HeadingNumber(level, _headingNumbers[level]);
        }

        var id = "sec-" + (_headings.Count + 1).ToString(CultureInfo.InvariantCulture);
        var heading = new Heading(level, number, text, id);
        _headings.Add(heading);
        return heading;
    }

    public string TocPlaceholder(int depth)
    {
        HasToc = true;
        TocDepth = Math.Clamp(depth, 1, 4);
        return "<!--zmd-toc-" + _nonce + "-->";
    }

    /// <summary>Puts the table of contents where the template asked for it, now that every heading is known.</summary>
    public string InsertToc(string output)
    {
        if (!HasToc)
        {
            return output;
        }

        return output.Replace(TocPlaceholder(TocDepth), BuildToc(), StringComparison.Ordinal);
    }

    private string BuildToc()
    {
        var shown = _headings.Where(h => h.Level <= TocDepth).ToList();
        var title = Text("Rendering:Toc");
        var sb = new StringBuilder();
        if (Format == ReportFormat.Html)
        {
            sb.Append("<nav class=\"toc\" aria-label=\"").Append(MarkupEscaper.Html(title)).Append("\">");
            sb.Append("<p class=\"toc-title\">").Append(MarkupEscaper.Html(title)).Append("</p><ul>");
            foreach (var h in shown)
            {
                sb.Append("<li class=\"toc-").Append(h.Level.ToString(CultureInfo.InvariantCulture)).Append("\"><a href=\"#").Append(h.Id).Append("\">")
                    .Append(MarkupEscaper.Html(h.Title)).Append("</a></li>");
            }

            sb.Append("</ul></nav>");
        }
        else
        {
            sb.Append("**").Append(MarkupEscaper.Markdown(title)).Append("**\n\n");
            foreach (var h in shown)
            {
                sb.Append(' ', (h.Level - 1) * 2).Append("- ").Append(MarkupEscaper.Markdown(h.Title)).Append('\n');
            }
        }

        return sb.ToString();
    }

    private string HeadingNumber(int level, int n)
    {
        var value = n.ToString(Culture);
        if (!IsChinese)
        {
            return level switch
            {
                1 => value + ". ",
                2 => string.Join('.', _headingNumbers[1..3].Select(x => x.ToString(CultureInfo.InvariantCulture))) + " ",
                3 => string.Join('.', _headingNumbers[1..4].Select(x => x.ToString(CultureInfo.InvariantCulture))) + " ",
                _ => "(" + value + ") ",
            };
        }

        return level switch
        {
            1 => ChineseNumeral(n) + "、",
            2 => "（" + ChineseNumeral(n) + "）",
            3 => value + ". ",
            _ => "（" + value + "）",
        };
    }

    /// <summary>一 … 九十九 (chapters and sections never run further).</summary>
    internal static string ChineseNumeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n is <= 0 or >= 100)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (n < 10)
        {
            return digits[n].ToString();
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    internal sealed record Heading(int Level, string? Number, string Text, string Id)
    {
        public string Title => Number + Text;
    }
}
