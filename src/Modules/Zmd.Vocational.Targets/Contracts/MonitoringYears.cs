namespace Zmd.Vocational.Targets.Contracts;

/// <summary>The school year a page shows: the one asked for, else the latest with figures (last year when there are
/// none), listed with every year that has figures, ascending.</summary>
public static class MonitoringYears
{
    public static async Task<(int Selected, IReadOnlyList<int> Years)> ChooseAsync(this IIndicatorService indicators, int? requested,
        CancellationToken ct)
    {
        var years = await indicators.YearsAsync(ct);
        var selected = requested ?? (years.Count > 0 ? years[^1] : DateTime.UtcNow.Year - 1);
        return (selected, years.Append(selected).Distinct().Order().ToList());
    }
}
