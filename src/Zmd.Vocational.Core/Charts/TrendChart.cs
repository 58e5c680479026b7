namespace Zmd.Vocational.Core.Charts;

/// <summary>The chart of one target (640 × 320): actual values per year (solid line, filled circles, value labels),
/// the expected straight path from baseline to target (dashed), the target (dash-dot horizontal line, labelled, with
/// a diamond at the target year) and an optional forecast (dotted, hollow circles), over nice Y ticks with gridlines
/// and a legend. Series differ by line pattern and marker, so the chart survives black-and-white printing.</summary>
public static class TrendChart
{
    private const double Width = 640;
    private const double Height = 320;
    private const double Top = 48;
    private const double Bottom = 34;
    private const double Right = 20;
    private const double InnerPad = 20;

    public static string Render(TrendChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var labels = spec.Labels;
        var actual = Sorted(spec.Actual);
        var expected = Sorted(spec.Expected);
        var forecast = Sorted(spec.Forecast);
        var target = ChartText.Valid(spec.Target);
        var description = Describe(spec, target);
        var svg = ChartFrame.Open("trend|" + spec.Title + "|" + spec.Unit + "|" + description, Width, Height, spec.Title, description);

        if (!actual.Any(p => p.Value is not null))
        {
            ChartFrame.NoData(svg, 16, 16, Width - 32, Height - 32, labels.NoData);
            return svg.ToString();
        }

        var scale = ValueScale([.. new[] { actual, expected, forecast }.SelectMany(s => s).Select(p => p.Value).Append(target).OfType<double>()]);
        var ticks = scale.Ticks();
        var left = Math.Max(40, ticks.Max(t => ChartText.Width(SvgWriter.Num(t), 11)) + 14);
        var plotWidth = Width - left - Right;
        var plotHeight = Height - Top - Bottom;
        var years = actual.Concat(expected).Concat(forecast).Select(p => p.Year).Append(spec.TargetYear ?? actual[0].Year).ToList();
        int firstYear = years.Min(), lastYear = years.Max();
        double X(int year) => lastYear == firstYear
            ? left + plotWidth / 2
            : left + InnerPad + (double)(year - firstYear) / (lastYear - firstYear) * (plotWidth - 2 * InnerPad);
        double Y(double value) => Top + (1 - scale.Fraction(value)) * plotHeight;

        Legend(svg, left, labels, expected.Any(p => p.Value is not null), target is not null, forecast.Any(p => p.Value is not null));
        if (!string.IsNullOrWhiteSpace(spec.Unit))
        {
            svg.Text("text", spec.Unit, ("class", "unit"), ("x", "4"), ("y", SvgWriter.Num(Top - 12)), ("font-size", "11"), ("fill", ChartStyle.MutedColor));
        }

        Axes(svg, ticks, Y, left, plotWidth, plotHeight, firstYear, lastYear, X);

        if (target is { } t)
        {
            var y = SvgWriter.Num(Y(t));
            svg.Empty("line", ("class", "series-target"), ("x1", SvgWriter.Num(left)), ("x2", SvgWriter.Num(left + plotWidth)), ("y1", y), ("y2", y), ("stroke", ChartStyle.TargetColor), ("stroke-width", "1.5"), ("stroke-dasharray", ChartStyle.TargetDash));
            var label = $"{labels.Target} {SvgWriter.Num(t)}";
            var labelEnd = spec.TargetYear is { } year // left of the diamond, not over it, and inside the plot
                ? Math.Max(X(year) - 9, left + ChartText.Width(label, 11) + 4)
                : left + plotWidth - 2;
            svg.Text("text", label, ("class", "target-label"), ("x", SvgWriter.Num(labelEnd)), ("y", SvgWriter.Num(Y(t) - 5)), ("text-anchor", "end"), ("font-size", "11"), ("fill", ChartStyle.TargetColor));
            if (spec.TargetYear is { } targetYear)
            {
                var (cx, cy) = (X(targetYear), Y(t));
                svg.Empty("path", ("class", "target-point"), ("d", $"M{SvgWriter.Num(cx)} {SvgWriter.Num(cy - 5)} l5 5 l-5 5 l-5 -5 z"), ("fill", "#ffffff"), ("stroke", ChartStyle.TargetColor), ("stroke-width", "1.5"));
            }
        }

        if (expected.Any(p => p.Value is not null))
        {
            Line(svg, "series-expected", expected, X, Y, ChartStyle.ExpectedColor, "1.5", ChartStyle.ExpectedDash);
        }

        var lastActual = actual.Last(p => p.Value is not null);
        var forecastPoints = forecast.Where(p => p.Value is not null && p.Year > lastActual.Year).ToList();
        if (forecastPoints.Count > 0)
        {
            Line(svg, "series-forecast", [lastActual, .. forecastPoints], X, Y, ChartStyle.ForecastColor, "2", ChartStyle.ForecastDash);
            foreach (var point in forecastPoints)
            {
                svg.Empty("circle", ("class", "marker-forecast"), ("cx", SvgWriter.Num(X(point.Year))), ("cy", SvgWriter.Num(Y(point.Value!.Value))), ("r", "3.5"), ("fill", "#ffffff"), ("stroke", ChartStyle.ForecastColor), ("stroke-width", "1.5"));
            }
        }

        Line(svg, "series-actual", actual, X, Y, ChartStyle.ActualColor, "2", null);
        foreach (var point in actual.Where(p => p.Value is not null))
        {
            var (cx, cy) = (X(point.Year), Y(point.Value!.Value));
            svg.Empty("circle", ("class", "marker-actual"), ("cx", SvgWriter.Num(cx)), ("cy", SvgWriter.Num(cy)), ("r", "3.5"), ("fill", ChartStyle.ActualColor), ("stroke", "#ffffff"), ("stroke-width", "1"));
            svg.Text("text", SvgWriter.Num(point.Value.Value), ("class", "value-label"), ("x", SvgWriter.Num(cx)), ("y", SvgWriter.Num(cy - 8)), ("text-anchor", "middle"), ("font-size", "11"), ("fill", ChartStyle.ActualColor));
        }

        return svg.ToString();
    }

    /// <summary>The Y scale: from zero, unless every value is far from zero (then the values' own range, padded),
    /// so small changes of a rate near 95 % stay visible while counts keep their honest baseline.</summary>
    internal static NiceScale ValueScale(IReadOnlyCollection<double> values)
    {
        double min = values.Min(), max = values.Max();
        var span = max - min;
        if ((min > 0 && min > span * 2) || (max < 0 && -max > span * 2))
        {
            var pad = span > 0 ? span * 0.1 : Math.Abs(min) * 0.05;
            return NiceScale.For(min - pad, max + pad);
        }

        return NiceScale.For(Math.Min(min, 0), Math.Max(max, 0));
    }

    private static List<(int Year, double? Value)> Sorted(IReadOnlyList<ChartPoint>? points) =>
        [.. (points ?? []).OrderBy(p => p.Year).Select(p => (p.Year, ChartText.Valid(p.Value)))];

    private static void Line(SvgWriter svg, string cssClass, IEnumerable<(int Year, double? Value)> points, Func<int, double> x, Func<double, double> y, string color, string width, string? dash) =>
        svg.Empty(
            "path",
            ("class", cssClass),
            ("d", LinePath.Build(points.Select(p => (x(p.Year), p.Value is { } v ? y(v) : (double?)null)))),
            ("fill", "none"),
            ("stroke", color),
            ("stroke-width", width),
            ("stroke-dasharray", dash),
            ("stroke-linejoin", "round"),
            ("stroke-linecap", "round"));

    private static void Axes(SvgWriter svg, IReadOnlyList<double> ticks, Func<double, double> y, double left, double plotWidth, double plotHeight, int firstYear, int lastYear, Func<int, double> x)
    {
        svg.Open("g", ("class", "grid"), ("stroke", ChartStyle.GridColor), ("stroke-width", "1"));
        foreach (var tick in ticks)
        {
            var ty = SvgWriter.Num(y(tick));
            svg.Empty("line", ("x1", SvgWriter.Num(left)), ("x2", SvgWriter.Num(left + plotWidth)), ("y1", ty), ("y2", ty));
        }

        svg.Close();
        foreach (var tick in ticks)
        {
            svg.Text("text", SvgWriter.Num(tick), ("class", "tick-y"), ("x", SvgWriter.Num(left - 6)), ("y", SvgWriter.Num(y(tick) + 4)), ("text-anchor", "end"), ("font-size", "11"), ("fill", ChartStyle.MutedColor));
        }

        var bottom = SvgWriter.Num(Top + plotHeight);
        svg.Empty("path", ("class", "axis"), ("d", $"M{SvgWriter.Num(left)} {SvgWriter.Num(Top)} V{bottom} H{SvgWriter.Num(left + plotWidth)}"), ("fill", "none"), ("stroke", ChartStyle.AxisColor), ("stroke-width", "1"));
        var every = Math.Max(1, (int)Math.Ceiling((lastYear - firstYear + 1) / 12.0));
        for (var year = firstYear; year <= lastYear; year += every)
        {
            var tx = SvgWriter.Num(x(year));
            svg.Empty("line", ("x1", tx), ("x2", tx), ("y1", bottom), ("y2", SvgWriter.Num(Top + plotHeight + 4)), ("stroke", ChartStyle.AxisColor));
            svg.Text("text", SvgWriter.Num(year), ("class", "tick-x"), ("x", tx), ("y", SvgWriter.Num(Top + plotHeight + 18)), ("text-anchor", "middle"), ("font-size", "11"), ("fill", ChartStyle.MutedColor));
        }
    }

    private static void Legend(SvgWriter svg, double left, ChartLabels labels, bool hasExpected, bool hasTarget, bool hasForecast)
    {
        svg.Open("g", ("class", "legend"), ("font-size", "11"));
        var x = left;
        Entry(labels.Actual, ChartStyle.ActualColor, null, "filled");
        if (hasExpected)
        {
            Entry(labels.Expected, ChartStyle.ExpectedColor, ChartStyle.ExpectedDash, null);
        }

        if (hasTarget)
        {
            Entry(labels.Target, ChartStyle.TargetColor, ChartStyle.TargetDash, null);
        }

        if (hasForecast)
        {
            Entry(labels.Forecast, ChartStyle.ForecastColor, ChartStyle.ForecastDash, "hollow");
        }

        svg.Close();

        void Entry(string text, string color, string? dash, string? marker)
        {
            svg.Empty("line", ("x1", SvgWriter.Num(x)), ("x2", SvgWriter.Num(x + 26)), ("y1", "14"), ("y2", "14"), ("stroke", color), ("stroke-width", "2"), ("stroke-dasharray", dash));
            if (marker is not null)
            {
                svg.Empty("circle", ("cx", SvgWriter.Num(x + 13)), ("cy", "14"), ("r", "3.5"), ("fill", marker == "filled" ? color : "#ffffff"), ("stroke", marker == "filled" ? "#ffffff" : color), ("stroke-width", "1.5"));
            }

            svg.Text("text", text, ("x", SvgWriter.Num(x + 32)), ("y", "18"));
            x += 32 + ChartText.Width(text, 11) + 18;
        }
    }

    private static string Describe(TrendChartSpec spec, double? target)
    {
        var labels = spec.Labels;
        var unit = string.IsNullOrWhiteSpace(spec.Unit) ? string.Empty : $" ({spec.Unit})";
        var parts = new List<string> { $"{labels.Actual}{unit}: {ChartText.Describe(spec.Actual, labels.NoData)}" };
        if (spec.Expected is { Count: > 0 } expected)
        {
            parts.Add($"{labels.Expected}: {ChartText.Describe(expected, labels.NoData)}");
        }

        if (target is { } t)
        {
            parts.Add($"{labels.Target}: {SvgWriter.Num(t)}" + (spec.TargetYear is { } year ? $" ({SvgWriter.Num(year)})" : string.Empty));
        }

        if (spec.Forecast is { Count: > 0 } forecast)
        {
            parts.Add($"{labels.Forecast}: {ChartText.Describe(forecast, labels.NoData)}");
        }

        return string.Join("; ", parts);
    }
}
