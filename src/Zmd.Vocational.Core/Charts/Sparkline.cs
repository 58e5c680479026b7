namespace Zmd.Vocational.Core.Charts;

/// <summary>A word-sized trend (120 × 32) for table cells and cards: the values by year, the last one marked, and a
/// dashed target line when there is a target. No axes or labels: the surrounding table carries the numbers.</summary>
public static class Sparkline
{
    private const double Width = 120;
    private const double Height = 32;
    private const double Pad = 3;

    public static string Render(SparklineSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var points = spec.Points.OrderBy(p => p.Year).Select(p => (p.Year, Value: ChartText.Valid(p.Value))).ToList();
        var target = ChartText.Valid(spec.Target);
        var description = ChartText.Describe(spec.Points, "—");
        var svg = ChartFrame.Open("sparkline|" + spec.Title + "|" + description + "|" + target, Width, Height, spec.Title, description);

        var values = points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        if (values.Count == 0)
        {
            svg.Text("text", "—", ("class", "no-data"), ("x", SvgWriter.Num(Width / 2)), ("y", SvgWriter.Num(Height / 2 + 4)), ("text-anchor", "middle"), ("fill", ChartStyle.MutedColor));
            return svg.ToString();
        }

        var low = Math.Min(values.Min(), target ?? double.MaxValue);
        var high = Math.Max(values.Max(), target ?? double.MinValue);
        double Y(double v) => high - low < 1e-12 ? Height / 2 : Pad + (high - v) / (high - low) * (Height - 2 * Pad);
        int firstYear = points[0].Year, lastYear = points[^1].Year;
        double X(int year) => lastYear == firstYear ? Width / 2 : Pad + (double)(year - firstYear) / (lastYear - firstYear) * (Width - 2 * Pad);

        if (target is { } t)
        {
            svg.Empty("line", ("class", "target"), ("x1", SvgWriter.Num(Pad)), ("x2", SvgWriter.Num(Width - Pad)), ("y1", SvgWriter.Num(Y(t))), ("y2", SvgWriter.Num(Y(t))), ("stroke", ChartStyle.TargetColor), ("stroke-width", "1"), ("stroke-dasharray", ChartStyle.SparkTargetDash));
        }

        svg.Empty(
            "path",
            ("class", "series-actual"),
            ("d", LinePath.Build(points.Select(p => (X(p.Year), p.Value is { } v ? Y(v) : (double?)null)))),
            ("fill", "none"),
            ("stroke", ChartStyle.ActualColor),
            ("stroke-width", "1.5"),
            ("stroke-linejoin", "round"),
            ("stroke-linecap", "round"));

        var last = points.Last(p => p.Value is not null);
        svg.Empty("circle", ("class", "marker-last"), ("cx", SvgWriter.Num(X(last.Year))), ("cy", SvgWriter.Num(Y(last.Value!.Value))), ("r", "2.2"), ("fill", ChartStyle.ActualColor));
        return svg.ToString();
    }
}
