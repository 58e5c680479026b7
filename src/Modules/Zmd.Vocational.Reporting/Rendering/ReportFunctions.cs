using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>The functions report templates call, besides Scriban's builtins:
/// <list type="bullet">
/// <item><c>L 'key' [{name: value}]</c> — localized text (zh-CN by default), named placeholders filled.</item>
/// <item><c>num v [decimals]</c>, <c>pct v [decimals]</c> (v already in percent), <c>share part whole [decimals]</c>,
/// <c>with_unit v unit [decimals]</c>, <c>fmt_date d</c>, <c>school_year 2025</c> — zh-CN formats; a missing value is "—".</item>
/// <item><c>heading level 'text' [numbered]</c> — a numbered heading (一、 （一） 1. （1）) collected for <c>toc [depth]</c>.</item>
/// <item><c>table 'caption' headers rows [options]</c> — a numbered table (表 N); <c>chart spec ['caption']</c> — a
/// numbered SVG figure (图 N) through the shared charts; <c>paragraphs text</c>, <c>no_data</c>, <c>page_break</c>,
/// <c>css_string text</c>.</item>
/// </list></summary>
internal static partial class ReportFunctions
{
    public static void Register(ScriptObject target)
    {
        Add(target, new ReportFunction("L", 1, 2, Localize));
        Add(target, new ReportFunction("num", 1, 2, (c, _, a) => Number(c, ToDecimal(a[0]), OptionalInt(a, 1))));
        Add(target, new ReportFunction("pct", 1, 2, (c, _, a) => Percent(c, ToDecimal(a[0]), OptionalInt(a, 1) ?? 1)));
        Add(target, new ReportFunction("share", 2, 3, (c, _, a) => Share(c, ToDecimal(a[0]), ToDecimal(a[1]), OptionalInt(a, 2) ?? 1)));
        Add(target, new ReportFunction("with_unit", 2, 3, (c, _, a) => WithUnit(c, ToDecimal(a[0]), c.ObjectToString(a[1]) ?? "", OptionalInt(a, 2))));
        Add(target, new ReportFunction("fmt_date", 1, 1, (c, _, a) => FormatDate(c, a[0])));
        Add(target, new ReportFunction("school_year", 1, 1, (c, _, a) => SchoolYear(c, ToDecimal(a[0]))));
        Add(target, new ReportFunction("heading", 2, 3, Heading));
        Add(target, new ReportFunction("toc", 0, 1, (c, _, a) => new TrustedMarkup(c.Document.TocPlaceholder(OptionalInt(a, 0) ?? 2))));
        Add(target, new ReportFunction("table", 3, 4, ReportTables.Table));
        Add(target, new ReportFunction("chart", 1, 2, ReportCharts.Chart));
        Add(target, new ReportFunction("paragraphs", 1, 1, (c, _, a) => Paragraphs(c, c.ObjectToString(a[0]))));
        Add(target, new ReportFunction("no_data", 0, 1, NoData));
        Add(target, new ReportFunction("page_break", 0, 0, (c, _, _) =>
            new TrustedMarkup(c.Format == ReportFormat.Html ? "<div class=\"page-break\"></div>\n" : "\n")));
        Add(target, new ReportFunction("css_string", 1, 1, (c, _, a) => new TrustedMarkup(CssString(c.ObjectToString(a[0])))));
    }

    private static void Add(ScriptObject target, ReportFunction function) => target.SetValue(function.Name, function, true);

    private static string Localize(SandboxContext context, SourceSpan span, ScriptArray args)
    {
        var key = context.ObjectToString(args[0]);
        if (string.IsNullOrEmpty(key))
        {
            throw new ScriptRuntimeException(span, "`L` needs a text key.");
        }

        var text = context.Document.Text(key);
        if (args.Count < 2 || args[1] is not ScriptObject values)
        {
            return text;
        }

        return Placeholder().Replace(text, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? Plain(context, value) : match.Value);
    }

    /// <summary>A value as text in the report's culture: numbers grouped (1,234.5), null as "—".</summary>
    internal static string Plain(SandboxContext context, object? value) => value switch
    {
        null => "—",
        TrustedMarkup t => t.Text,
        string s => s,
        bool b => context.Document.Text(b ? "Rendering:Yes" : "Rendering:No"),
        DateOnly or DateTime => FormatDate(context, value),
        _ when ToDecimal(value) is { } d => Number(context, d, null),
        _ => context.ObjectToString(value) ?? "",
    };

    internal static string Number(SandboxContext context, decimal? value, int? decimals)
    {
        if (value is not { } v)
        {
            return "—";
        }

        var format = decimals is { } d ? "#,0" + (d > 0 ? "." + new string('0', Math.Min(d, 10)) : "") : "#,0.##";
        return v.ToString(format, context.Document.Culture);
    }

    private static string Percent(SandboxContext context, decimal? value, int decimals) =>
        value is null ? "—" : Number(context, value, decimals) + "%";

    private static string Share(SandboxContext context, decimal? part, decimal? whole, int decimals) =>
        part is { } p && whole is { } w && w != 0 ? Percent(context, p / w * 100m, decimals) : "—";

    private static string WithUnit(SandboxContext context, decimal? value, string unit, int? decimals)
    {
        if (value is null)
        {
            return "—";
        }

        var number = Number(context, value, decimals);
        return unit.Length == 0 ? number : unit == "%" ? number + "%" : number + " " + unit;
    }

    private static string FormatDate(SandboxContext context, object? value)
    {
        DateOnly? date = value switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            DateTimeOffset o => DateOnly.FromDateTime(o.UtcDateTime),
            string s when DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (date is not { } day)
        {
            return value is null ? "—" : context.ObjectToString(value) ?? "—";
        }

        return context.Document.IsChinese
            ? day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>School year 2025 (1 Sep 2025 – 31 Aug 2026): "2025—2026学年", "2025–26".</summary>
    private static string SchoolYear(SandboxContext context, decimal? year)
    {
        if (year is not { } y)
        {
            return "—";
        }

        var start = (int)y;
        return context.Document.IsChinese
            ? string.Create(CultureInfo.InvariantCulture, $"{start}—{start + 1}学年")
            : string.Create(CultureInfo.InvariantCulture, $"{start}–{(start + 1) % 100:00}");
    }

    private static TrustedMarkup Heading(SandboxContext context, SourceSpan span, ScriptArray args)
    {
        var level = ToDecimal(args[0]) is { } l ? (int)l : throw new ScriptRuntimeException(span, "`heading` needs a level 1–4.");
        if (level is < 1 or > 4)
        {
            throw new ScriptRuntimeException(span, "`heading` needs a level 1–4.");
        }

        var text = context.ObjectToString(args[1]) ?? "";
        var numbered = args.Count < 3 || context.ToBool(span, args[2]);
        var heading = context.Document.AddHeading(level, text, numbered);
        if (context.Format == ReportFormat.Markdown)
        {
            return new TrustedMarkup("\n" + new string('#', level + 1) + " " + MarkupEscaper.Markdown(heading.Title) + "\n\n");
        }

        var tag = "h" + (level + 1).ToString(CultureInfo.InvariantCulture);
        var number = heading.Number is null ? "" : "<span class=\"heading-no\">" + MarkupEscaper.Html(heading.Number) + "</span>";
        return new TrustedMarkup($"<{tag} id=\"{heading.Id}\" class=\"heading-{level}\">{number}{MarkupEscaper.Html(text)}</{tag}>\n");
    }

    private static TrustedMarkup Paragraphs(SandboxContext context, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TrustedMarkup("");
        }

        var sb = new StringBuilder();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = paragraph.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            _ = context.Format == ReportFormat.Html
                ? sb.Append("<p>").Append(MarkupEscaper.Html(trimmed)).Append("</p>\n")
                : sb.Append(MarkupEscaper.Markdown(trimmed)).Append("\n\n");
        }

        return new TrustedMarkup(sb.ToString());
    }

    private static TrustedMarkup NoData(SandboxContext context, SourceSpan span, ScriptArray args)
    {
        var text = args.Count > 0 ? context.ObjectToString(args[0]) ?? "" : context.Document.Text("Rendering:NoData");
        return new TrustedMarkup(context.Format == ReportFormat.Html
            ? "<p class=\"no-data\">" + MarkupEscaper.Html(text) + "</p>\n"
            : "*" + MarkupEscaper.Markdown(text) + "*\n\n");
    }

    /// <summary>A CSS string literal (for the running header in the layout's @page rules), safe inside a style element.</summary>
    internal static string CssString(string? text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text ?? "")
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                sb.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    internal static decimal? ToDecimal(object? value) => value switch
    {
        null => null,
        decimal d => d,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        ulong ul => ul,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27 => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        System.Numerics.BigInteger big when big < new System.Numerics.BigInteger(decimal.MaxValue) => (decimal)big,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    internal static int? OptionalInt(ScriptArray args, int index) =>
        args.Count > index && ToDecimal(args[index]) is { } d ? (int)Math.Clamp(d, -1000, 1000) : null;

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
