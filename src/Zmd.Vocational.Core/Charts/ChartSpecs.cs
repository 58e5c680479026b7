namespace Zmd.Vocational.Core.Charts;

/// <summary>One value of a series in one year. A null (or non-finite) value is a year without data: the line
/// breaks there instead of pretending the value was zero.</summary>
public sealed record ChartPoint(int Year, double? Value);

/// <summary>What a sparkline draws: a tiny trend for a table cell or a card. The title is the accessible name
/// (screen readers and the tooltip); a target, when given, is drawn as a dashed horizontal line.</summary>
public sealed record SparklineSpec(IReadOnlyList<ChartPoint> Points, double? Target, string Title);

/// <summary>The localized words a chart writes (legend entries and the empty-chart message). The caller passes them
/// in the reader's language, so the chart library itself knows no language.</summary>
public sealed record ChartLabels(string Actual, string Expected, string Target, string Forecast, string NoData);

/// <summary>What a trend chart of one target draws: the actual values per year, the expected straight path from the
/// baseline to the target, the target itself (reached by <paramref name="TargetYear"/> when given) and an optional
/// forecast continuing the actual line. Optional series are null or empty when absent.</summary>
public sealed record TrendChartSpec(
    string Title,
    string Unit,
    IReadOnlyList<ChartPoint> Actual,
    IReadOnlyList<ChartPoint>? Expected,
    double? Target,
    int? TargetYear,
    IReadOnlyList<ChartPoint>? Forecast,
    ChartLabels Labels);

/// <summary>One bar of a bar chart (a county, a school). A null value is "not reported", shown as text rather than as
/// a zero-length bar; a highlighted bar (the reader's own school, say) is hatched so it stands out in print too.</summary>
public sealed record BarItem(string Label, double? Value, bool Highlight);

/// <summary>What a horizontal bar chart draws: items in the given order, an optional vertical reference line
/// (a target, a quota) and the text shown for missing values or an empty list.</summary>
public sealed record BarChartSpec(
    string Title,
    string Unit,
    IReadOnlyList<BarItem> Items,
    double? Reference,
    string ReferenceLabel,
    string NoData);

/// <summary>One bar of a timeline (a construction project): its planned span, its actual span (open-ended while it is
/// unfinished), how far along it is, and whether it is late.</summary>
public sealed record TimelineItem(string Label, DateOnly PlannedStart, DateOnly PlannedEnd, DateOnly? ActualStart, DateOnly? ActualEnd,
    double? Percent, bool Late);

/// <summary>What a timeline draws: items in the given order against calendar years, with a line at today.</summary>
public sealed record TimelineSpec(string Title, IReadOnlyList<TimelineItem> Items, DateOnly Today, string PlannedLabel, string ActualLabel,
    string TodayLabel, string NoData);
