namespace Zmd.Vocational.Core.Charts;

/// <summary>A Gantt-style timeline of projects, 640 wide and as tall as the rows need: per row a dashed hollow bar for
/// the planned span and a solid bar for the actual one (to today while unfinished; dark red when late), the share
/// completed after it, calendar years along the bottom and a dotted line at today. Each row's tooltip and the chart's
/// description spell the dates out for screen readers and print.</summary>
public static class TimelineChart
{
    private const double Width = 640;
    private const double RowHeight = 30;
    private const double Top = 30;
    private const double Bottom = 28;
    private const double Right = 48;
    private const double FontSize = 12;

    public static string Render(TimelineSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var missing = string.IsNullOrWhiteSpace(spec.NoData) ? "—" : spec.NoData;
        var description = Describe(spec, missing);
        var height = Top + Math.Max(spec.Items.Count, 1) * RowHeight + Bottom;
        var svg = ChartFrame.Open("timeline|" + spec.Title + "|" + description, Width, height, spec.Title, description);
        if (spec.Items.Count == 0)
        {
            ChartFrame.NoData(svg, 16, 8, Width - 32, height - 16, missing);
            return svg.ToString();
        }

        var labelWidth = Math.Clamp(spec.Items.Max(i => ChartText.Width(i.Label, FontSize)) + 14, 60, 200);
        var plotWidth = Width - labelWidth - Right;
        var dates = spec.Items.SelectMany(i => new[] { i.PlannedStart, i.PlannedEnd, i.ActualStart ?? i.PlannedStart, i.ActualEnd ?? i.PlannedStart })
            .Append(spec.Today).ToList();
        var firstYear = dates.Min().Year;
        var lastYear = dates.Max().Year + 1;
        var from = new DateOnly(firstYear, 1, 1).DayNumber;
        var span = (double)(new DateOnly(lastYear, 1, 1).DayNumber - from);
        double X(DateOnly date) => labelWidth + (date.DayNumber - from) / span * plotWidth;
        var bottom = Top + spec.Items.Count * RowHeight;

        svg.Open("g", ("class", "grid"), ("stroke", ChartStyle.GridColor), ("stroke-width", "1"));
        for (var year = firstYear; year <= lastYear; year++)
        {
            var x = SvgWriter.Num(X(new DateOnly(year, 1, 1)));
            svg.Empty("line", ("x1", x), ("x2", x), ("y1", SvgWriter.Num(Top)), ("y2", SvgWriter.Num(bottom)));
        }

        svg.Close();
        for (var year = firstYear; year < lastYear; year++)
        {
            var middle = (X(new DateOnly(year, 1, 1)) + X(new DateOnly(year + 1, 1, 1))) / 2;
            svg.Text("text", year.ToString(System.Globalization.CultureInfo.InvariantCulture), ("class", "tick-x"), ("x", SvgWriter.Num(middle)),
                ("y", SvgWriter.Num(bottom + 16)), ("text-anchor", "middle"), ("font-size", "11"), ("fill", ChartStyle.MutedColor));
        }

        for (var row = 0; row < spec.Items.Count; row++)
        {
            var item = spec.Items[row];
            var y = Top + row * RowHeight;
            svg.Open("g", ("class", item.Late ? "row late" : "row"));
            svg.Text("title", Line(spec, item));
            svg.Text("text", ChartText.Truncate(item.Label, FontSize, labelWidth - 14), ("class", "bar-label"), ("x", SvgWriter.Num(labelWidth - 8)),
                ("y", SvgWriter.Num(y + RowHeight / 2 + 4)), ("text-anchor", "end"));
            svg.Empty("rect", ("class", "planned"), ("x", SvgWriter.Num(X(item.PlannedStart))), ("y", SvgWriter.Num(y + 5)),
                ("width", SvgWriter.Num(Math.Max(X(item.PlannedEnd) - X(item.PlannedStart), 1))), ("height", "20"), ("fill", "none"),
                ("stroke", ChartStyle.ExpectedColor), ("stroke-dasharray", ChartStyle.ExpectedDash));
            if (item.ActualStart is { } started)
            {
                var end = item.ActualEnd ?? (spec.Today > started ? spec.Today : started);
                svg.Empty("rect", ("class", item.ActualEnd is null ? "actual ongoing" : "actual"), ("x", SvgWriter.Num(X(started))), ("y", SvgWriter.Num(y + 10)),
                    ("width", SvgWriter.Num(Math.Max(X(end) - X(started), 1))), ("height", "10"),
                    ("fill", item.Late ? ChartStyle.TargetColor : ChartStyle.ActualColor));
            }

            if (item.Percent is { } percent && double.IsFinite(percent))
            {
                var right = new[] { item.PlannedEnd, item.ActualEnd ?? item.PlannedEnd, item.ActualStart is null ? item.PlannedEnd : spec.Today }.Max();
                svg.Text("text", SvgWriter.Num(percent) + "%", ("class", "percent"), ("x", SvgWriter.Num(Math.Min(X(right) + 4, Width - Right + 4))),
                    ("y", SvgWriter.Num(y + RowHeight / 2 + 4)), ("font-size", "11"));
            }

            svg.Close();
        }

        var today = SvgWriter.Num(X(spec.Today));
        svg.Empty("line", ("class", "today"), ("x1", today), ("x2", today), ("y1", SvgWriter.Num(Top - 6)), ("y2", SvgWriter.Num(bottom)),
            ("stroke", ChartStyle.ForecastColor), ("stroke-width", "1.5"), ("stroke-dasharray", ChartStyle.ForecastDash));
        svg.Text("text", spec.TodayLabel, ("class", "today-label"), ("x", today), ("y", SvgWriter.Num(Top - 10)), ("text-anchor", "middle"),
            ("font-size", "11"), ("fill", ChartStyle.ForecastColor));
        return svg.ToString();
    }

    private static string Line(TimelineSpec spec, TimelineItem item) =>
        $"{item.Label}: {spec.PlannedLabel} {Date(item.PlannedStart)}–{Date(item.PlannedEnd)}; {spec.ActualLabel} {Date(item.ActualStart)}–{Date(item.ActualEnd)}" +
        (item.Percent is { } p ? $"; {SvgWriter.Num(p)}%" : string.Empty);

    private static string Describe(TimelineSpec spec, string missing) =>
        spec.Items.Count == 0 ? missing : string.Join(". ", spec.Items.Select(i => Line(spec, i)));

    private static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
