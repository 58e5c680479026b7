using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Progress;

/// <summary>What a path is drawn between: the plan's baseline (or none), the target, and how outcomes compare.
/// Cumulative targets (totals since the plan began) start from 0 in the baseline year.</summary>
internal sealed record PathSpec(int? BaselineYear, decimal? BaselineValue, int TargetYear, decimal? TargetValue, TargetComparator Comparator,
    bool Cumulative);

internal sealed record PathYear(int Year, decimal? Actual, decimal? Expected, decimal? Gap, TargetStatus Status);

internal sealed record PathResult(int? BaselineYear, decimal? BaselineValue, bool BaselineFromData, IReadOnlyList<PathYear> Years,
    decimal? Forecast, bool? ForecastMeetsTarget);

/// <summary>The expected straight path from baseline to target, the status of each year against it, and a forecast for
/// the target year by least squares over the baseline and the actual values. Pure: the tests check it by hand.</summary>
internal static class TargetPath
{
    /// <summary>Plans run five years: a cumulative target without a baseline year starts five years before its target year.</summary>
    private const int PlanYears = 5;

    public static PathResult Evaluate(PathSpec spec, IReadOnlyList<(int Year, decimal? Actual)> actuals, MonitoringSettingsDto settings)
    {
        var known = actuals.Where(a => a.Actual is not null).OrderBy(a => a.Year).Select(a => (a.Year, Value: a.Actual!.Value)).ToList();
        var (baseYear, baseValue, fromData) = Baseline(spec, known);

        var years = actuals.OrderBy(a => a.Year).Select(a =>
        {
            var expected = Expected(spec, baseYear, baseValue, a.Year);
            var gap = a.Actual is { } v && expected is { } e ? v - e : (decimal?)null;
            return new PathYear(a.Year, a.Actual, expected, gap, Status(spec, a.Actual, expected, settings));
        }).ToList();

        var points = known.ToList();
        if (!fromData && baseYear is { } by && baseValue is { } bv && points.All(p => p.Year != by))
        {
            points.Insert(0, (by, bv));
        }

        // Without any actual value there is no trend to read, only the plan's own starting point.
        var forecast = known.Count > 0 ? Forecast(points, spec.TargetYear) : null;
        bool? meets = forecast is { } f && spec.TargetValue is { } t ? Meets(spec.Comparator, f, t, settings) : null;
        return new PathResult(baseYear, baseValue, fromData, years, forecast, meets);
    }

    public static bool Meets(TargetComparator comparator, decimal value, decimal target, MonitoringSettingsDto settings) => comparator switch
    {
        TargetComparator.AtLeast => value >= target,
        TargetComparator.AtMost => value <= target,
        _ => Math.Abs(value - target) <= settings.OnTrackTolerance * Scale(target),
    };

    private static (int?, decimal?, bool) Baseline(PathSpec spec, List<(int Year, decimal Value)> known)
    {
        if (spec.Cumulative)
        {
            return (spec.BaselineYear ?? spec.TargetYear - PlanYears, 0m, false);
        }

        if (spec.BaselineYear is { } year && spec.BaselineValue is { } value)
        {
            return (year, value, false);
        }

        return known.Count > 0 ? (known[0].Year, known[0].Value, true) : (null, null, false);
    }

    private static decimal? Expected(PathSpec spec, int? baseYear, decimal? baseValue, int year)
    {
        if (spec.TargetValue is not { } target || baseYear is not { } y0 || baseValue is not { } v0 || year < y0)
        {
            return null;
        }

        if (year >= spec.TargetYear || spec.TargetYear <= y0)
        {
            return target;
        }

        return v0 + ((target - v0) * (year - y0) / (spec.TargetYear - y0));
    }

    private static TargetStatus Status(PathSpec spec, decimal? actual, decimal? expected, MonitoringSettingsDto settings)
    {
        if (actual is not { } a)
        {
            return TargetStatus.NoData;
        }

        if (spec.TargetValue is not { } target)
        {
            return TargetStatus.NotApplicable;
        }

        if (Meets(spec.Comparator, a, target, settings))
        {
            return TargetStatus.Achieved;
        }

        var reference = expected ?? target;
        var shortfall = spec.Comparator switch
        {
            TargetComparator.AtLeast => reference - a,
            TargetComparator.AtMost => a - reference,
            _ => Math.Abs(a - reference),
        };
        var scale = Scale(target);
        return shortfall <= settings.OnTrackTolerance * scale ? TargetStatus.OnTrack
            : shortfall <= settings.AtRiskTolerance * scale ? TargetStatus.AtRisk
            : TargetStatus.OffTrack;
    }

    /// <summary>Tolerances are shares of the target; a target of 0 uses absolute tolerances.</summary>
    private static decimal Scale(decimal target) => target == 0m ? 1m : Math.Abs(target);

    /// <summary>Least squares line through the points, read at the target year; one point is its own forecast.</summary>
    private static decimal? Forecast(List<(int Year, decimal Value)> points, int targetYear)
    {
        if (points.Count == 0)
        {
            return null;
        }

        if (points.Select(p => p.Year).Distinct().Count() == 1)
        {
            return points[^1].Value;
        }

        var meanX = points.Average(p => (decimal)p.Year);
        var meanY = points.Average(p => p.Value);
        var sxy = points.Sum(p => (p.Year - meanX) * (p.Value - meanY));
        var sxx = points.Sum(p => (p.Year - meanX) * (p.Year - meanX));
        var slope = sxy / sxx;
        return meanY + (slope * (targetYear - meanX));
    }
}
