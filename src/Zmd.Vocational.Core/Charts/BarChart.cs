namespace Zmd.Vocational.Core.Charts;

/// <summary>A horizontal bar chart comparing counties or schools, one row per item in the given order, 640 wide and
/// as tall as the rows need. A vertical dash-dot reference line marks a target or quota; a missing value is written
/// out instead of drawn as a zero-length bar; highlighted bars are hatched so they stand out in print too.</summary>
public static class BarChart
{
    private const double Width = 640;
    private const double RowHeight = 26;
    private const double BarHeight = 16;
    private const double Top = 34;
    private const double Bottom = 28;
    private const double Right = 56;
    private const double FontSize = 12;

    public static string Render(BarChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var items = spec.Items.Select(i => (i.Label, Value: ChartText.Valid(i.Value), i.Highlight)).ToList();
        var reference = ChartText.Valid(spec.Reference);
        var missing = string.IsNullOrWhiteSpace(spec.NoData) ? "—" : spec.NoData;
        var description = Describe(spec, items.Select(i => (i.Label, i.Value)), reference, missing);
        var height = Top + Math.Max(items.Count, 1) * RowHeight + Bottom;
        var svg = ChartFrame.Open("bar|" + spec.Title + "|" + spec.Unit + "|" + description, Width, height, spec.Title, description);

        if (items.Count == 0)
        {
            ChartFrame.NoData(svg, 16, 8, Width - 32, height - 16, missing);
            return svg.ToString();
        }

        var labelWidth = Math.Clamp(items.Max(i => ChartText.Width(i.Label, FontSize)) + 14, 60, 220);
        var plotWidth = Width - labelWidth - Right;
        var plotHeight = items.Count * RowHeight;
        var values = items.Select(i => i.Value).Append(reference).OfType<double>().Append(0).ToList();
        var scale = NiceScale.For(values.Min(), values.Max());
        double X(double value) => labelWidth + scale.Fraction(value) * plotWidth;

        if (!string.IsNullOrWhiteSpace(spec.Unit))
        {
            svg.Text("text", spec.Unit, ("class", "unit"), ("x", SvgWriter.Num(labelWidth - 8)), ("y", SvgWriter.Num(Top - 10)), ("text-anchor", "end"), ("font-size", "11"), ("fill", ChartStyle.MutedColor));
        }

        string? hatch = null;
        if (items.Any(i => i.Highlight && i.Value is not null))
        {
            hatch = svg.Id("hatch");
            svg.Open("defs")
                .Open("pattern", ("id", hatch), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)"))
                .Empty("rect", ("width", "6"), ("height", "6"), ("fill", ChartStyle.HighlightColor))
                .Empty("line", ("x1", "1.5"), ("y1", "0"), ("x2", "1.5"), ("y2", "6"), ("stroke", "#ffffff"), ("stroke-width", "2"))
                .Close()
                .Close();
        }

        Axis(svg, scale, X, plotHeight);

        var zero = X(0);
        for (var row = 0; row < items.Count; row++)
        {
            var (label, value, highlight) = items[row];
            var middle = Top + row * RowHeight + RowHeight / 2;
            svg.Open("g", ("class", highlight ? "row highlight" : "row"));
            svg.Text("title", $"{label}: {(value is { } v ? SvgWriter.Num(v) : missing)}");
            svg.Text("text", ChartText.Truncate(label, FontSize, labelWidth - 14), ("class", "bar-label"), ("x", SvgWriter.Num(labelWidth - 8)), ("y", SvgWriter.Num(middle + 4)), ("text-anchor", "end"), ("font-weight", highlight ? "bold" : null));
            if (value is { } amount)
            {
                var end = X(amount);
                svg.Empty(
                    "rect",
                    ("class", highlight ? "bar highlight" : "bar"),
                    ("x", SvgWriter.Num(Math.Min(zero, end))),
                    ("y", SvgWriter.Num(middle - BarHeight / 2)),
                    ("width", SvgWriter.Num(Math.Abs(end - zero))),
                    ("height", SvgWriter.Num(BarHeight)),
                    ("fill", highlight ? $"url(#{hatch})" : ChartStyle.BarColor),
                    ("stroke", highlight ? ChartStyle.HighlightColor : null),
                    ("stroke-width", highlight ? "1" : null));
                var (textX, anchor) = amount < 0 ? (Math.Min(zero, end) - 4, "end") : (Math.Max(zero, end) + 4, "start");
                svg.Text("text", SvgWriter.Num(amount), ("class", "bar-value"), ("x", SvgWriter.Num(textX)), ("y", SvgWriter.Num(middle + 4)), ("text-anchor", anchor), ("font-size", "11"), ("font-weight", highlight ? "bold" : null));
            }
            else
            {
                svg.Text("text", missing, ("class", "no-value"), ("x", SvgWriter.Num(zero + 4)), ("y", SvgWriter.Num(middle + 4)), ("font-size", "11"), ("fill", ChartStyle.MutedColor));
            }

            svg.Close();
        }

        if (reference is { } r)
        {
            var x = X(r);
            svg.Empty("line", ("class", "reference"), ("x1", SvgWriter.Num(x)), ("x2", SvgWriter.Num(x)), ("y1", SvgWriter.Num(Top - 4)), ("y2", SvgWriter.Num(Top + plotHeight)), ("stroke", ChartStyle.TargetColor), ("stroke-width", "1.5"), ("stroke-dasharray", ChartStyle.TargetDash));
            var text = string.IsNullOrWhiteSpace(spec.ReferenceLabel) ? SvgWriter.Num(r) : $"{spec.ReferenceLabel} {SvgWriter.Num(r)}";
            var half = ChartText.Width(text, 11) / 2;
            var textX = Math.Clamp(x, labelWidth + half, Math.Max(labelWidth + half, Width - 4 - half));
            svg.Text("text", text, ("class", "reference-label"), ("x", SvgWriter.Num(textX)), ("y", SvgWriter.Num(Top - 10)), ("text-anchor", "middle"), ("font-size", "11"), ("fill", ChartStyle.TargetColor));
        }

        return svg.ToString();
    }

    private static void Axis(SvgWriter svg, NiceScale scale, Func<double, double> x, double plotHeight)
    {
        var bottom = Top + plotHeight;
        svg.Open("g", ("class", "grid"), ("stroke", ChartStyle.GridColor), ("stroke-width", "1"));
        foreach (var tick in scale.Ticks())
        {
            var tx = SvgWriter.Num(x(tick));
            svg.Empty("line", ("x1", tx), ("x2", tx), ("y1", SvgWriter.Num(Top)), ("y2", SvgWriter.Num(bottom)));
        }

        svg.Close();
        foreach (var tick in scale.Ticks())
        {
            svg.Text("text", SvgWriter.Num(tick), ("class", "tick-x"), ("x", SvgWriter.Num(x(tick))), ("y", SvgWriter.Num(bottom + 16)), ("text-anchor", "middle"), ("font-size", "11"), ("fill", ChartStyle.MutedColor));
        }

        var zero = SvgWriter.Num(x(0));
        svg.Empty("line", ("class", "axis"), ("x1", zero), ("x2", zero), ("y1", SvgWriter.Num(Top)), ("y2", SvgWriter.Num(bottom)), ("stroke", ChartStyle.AxisColor), ("stroke-width", "1"));
    }

    private static string Describe(BarChartSpec spec, IEnumerable<(string Label, double? Value)> items, double? reference, string missing)
    {
        var unit = string.IsNullOrWhiteSpace(spec.Unit) ? string.Empty : $"({spec.Unit}) ";
        var text = unit + string.Join(", ", items.Select(i => $"{i.Label}: {(i.Value is { } v ? SvgWriter.Num(v) : missing)}"));
        return reference is { } r ? $"{text}; {spec.ReferenceLabel} {SvgWriter.Num(r)}".TrimEnd() : text;
    }
}
