using System.Text;

namespace Zmd.Vocational.Core.Charts;

/// <summary>Text inside charts: an estimate of its width (the server has no fonts to measure with, so layout uses
/// per-character widths: CJK characters are a full em, others about half) and the plain-language description of a
/// series for the accessible <c>&lt;desc&gt;</c>.</summary>
internal static class ChartText
{
    public static double Width(string text, double fontSize)
    {
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += c >= '\u2E80' ? 1.0 : char.IsUpper(c) || char.IsDigit(c) ? 0.62 : 0.55;
        }

        return ems * fontSize;
    }

    /// <summary>The text cut with an ellipsis to fit <paramref name="maxWidth"/>.</summary>
    public static string Truncate(string text, double fontSize, double maxWidth)
    {
        if (Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && Width(text[..length] + "…", fontSize) > maxWidth)
        {
            length--;
        }

        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length] + "…";
    }

    /// <summary>"2021: 10, 2022: —, 2023: 30" — years in order, a missing value as <paramref name="missing"/>.</summary>
    public static string Describe(IEnumerable<ChartPoint> points, string missing)
    {
        var text = new StringBuilder();
        foreach (var point in points.OrderBy(p => p.Year))
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(SvgWriter.Num(point.Year)).Append(": ").Append(Valid(point.Value) is { } v ? SvgWriter.Num(v) : missing);
        }

        return text.ToString();
    }

    /// <summary>A value that can be drawn: null for null, NaN and infinities.</summary>
    public static double? Valid(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
