using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.Targets.Contracts;

/// <summary>A target's progress as the shared SVG charts draw it, for the dashboards and the printed reports alike.</summary>
public static class TargetCharts
{
    public static string Trend(TargetProgressDto progress, string title, ChartLabels labels)
    {
        var actual = progress.Years.Select(y => new ChartPoint(y.Year, Double(y.Actual))).ToList();
        var expected = new List<ChartPoint>();
        if (progress.BaselineYear is { } by && progress.BaselineValue is { } bv && progress.TargetValue is { } tv)
        {
            // The straight path from baseline to target, drawn over the whole plan period.
            expected.Add(new ChartPoint(by, (double)bv));
            expected.Add(new ChartPoint(progress.TargetYear, (double)tv));
        }

        if (progress.BaselineYear is { } year && progress.BaselineValue is { } value && !progress.BaselineFromData
            && actual.All(p => p.Year != year))
        {
            actual.Insert(0, new ChartPoint(year, (double)value));
        }

        var last = progress.Years.LastOrDefault(y => y.Actual is not null);
        List<ChartPoint>? forecast = last is not null && progress.Forecast is { } f && progress.TargetYear > last.Year
            ? [new ChartPoint(last.Year, Double(last.Actual)), new ChartPoint(progress.TargetYear, (double)f)]
            : null;
        return TrendChart.Render(new TrendChartSpec(title, progress.Unit, actual, expected.Count > 0 ? expected : null,
            Double(progress.TargetValue), progress.TargetYear, forecast, labels));
    }

    public static string Spark(TargetProgressDto progress, string title) =>
        Sparkline.Render(new SparklineSpec(progress.Years.Select(y => new ChartPoint(y.Year, Double(y.Actual))).ToList(),
            Double(progress.TargetValue), title));

    private static double? Double(decimal? value) => value is { } v ? (double)v : null;
}
