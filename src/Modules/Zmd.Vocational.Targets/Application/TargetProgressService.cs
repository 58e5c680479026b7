using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Domain;
using Zmd.Vocational.Targets.Indicators;
using Zmd.Vocational.Targets.Progress;

namespace Zmd.Vocational.Targets.Application;

/// <summary>Targets against the figures: the city's path, and the split by county and school with their quotas.</summary>
internal sealed class TargetProgressService(
    DbContext db,
    ITargetRegister register,
    MonitoringDataSource source,
    MonitoringCatalog catalog,
    IMonitoringSettings settingsService,
    ICurrentUser user) : ITargetProgress
{
    /// <summary>The plan runs 2021–2025; figures are shown from its first year.</summary>
    public const int FirstPlanYear = 2021;

    public async Task<IReadOnlyList<TargetProgressDto>> OverviewAsync(int year, DataBasis basis, CancellationToken ct = default)
    {
        MonitoringAccess.EnsureCityFigures(user);
        var data = await source.CurrentAsync(ct);
        var settings = await settingsService.GetAsync(ct);
        return (await register.ListAsync(ct)).Select(t => Progress(t, data, year, basis, settings)).ToList();
    }

    public async Task<TargetDetailDto> DetailAsync(string code, int year, DataBasis basis, CancellationToken ct = default)
    {
        MonitoringAccess.EnsureCityFigures(user);
        var target = await register.GetAsync(code, ct);
        var data = await source.CurrentAsync(ct);
        var settings = await settingsService.GetAsync(ct);
        var progress = Progress(target, data, year, basis, settings);
        var tracking = Tracking(target);
        var indicator = catalog.FindIndicator(tracking.IndicatorCode)!;
        var quotas = await db.Set<TargetQuota>().AsNoTracking().Where(q => q.TargetCode == target.Code).ToListAsync(ct);

        var counties = data.Schools.GroupBy(s => (s.CountyCode, s.CountyName))
            .Select(g => Place(target, tracking, indicator, data, year, basis, settings, MonitoringScope.County, g.Key.CountyCode, g.Key.CountyName, null,
                quotas.FirstOrDefault(q => q.CountyCode == g.Key.CountyCode)?.Value))
            .ToList();
        var schools = data.Schools
            .Select(s => Place(target, tracking, indicator, data, year, basis, settings, MonitoringScope.School, s.Code, s.Name, s.CountyName,
                quotas.FirstOrDefault(q => q.SchoolId == s.Id)?.Value))
            .ToList();
        return new TargetDetailDto(progress, BehindFirst(counties, target.Comparator), BehindFirst(schools, target.Comparator),
            QuotaRules.Allowed(target, indicator, catalog));
    }

    public async Task<IReadOnlyList<SchoolQuotaDto>> SchoolQuotasAsync(string schoolCode, int year, DataBasis basis, CancellationToken ct = default)
    {
        var data = await source.CurrentAsync(ct);
        var school = MonitoringAccess.School(user, data, schoolCode);
        var settings = await settingsService.GetAsync(ct);
        var quotas = await db.Set<TargetQuota>().AsNoTracking().Where(q => q.SchoolId == school.Id).ToListAsync(ct);
        var targets = (await register.ListAsync(ct)).ToDictionary(t => t.Code);
        return quotas.Where(q => targets.ContainsKey(q.TargetCode)).Select(q =>
        {
            var target = targets[q.TargetCode];
            var tracking = Tracking(target);
            var place = Place(target, tracking, catalog.FindIndicator(tracking.IndicatorCode)!, data, year, basis, settings, MonitoringScope.School,
                school.Code, school.Name, school.CountyName, q.Value);
            return new SchoolQuotaDto(target.Code, target.NameZh, target.NameEn, target.Unit, place);
        }).OrderBy(q => targets[q.TargetCode].ConflictGroup).ThenBy(q => q.TargetCode, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<TargetProgressDto>> SchoolTargetsAsync(string schoolCode, IReadOnlyList<string> targetCodes, int year,
        DataBasis basis, CancellationToken ct = default)
    {
        var data = await source.CurrentAsync(ct);
        var school = MonitoringAccess.School(user, data, schoolCode);
        var settings = await settingsService.GetAsync(ct);
        var targets = (await register.ListAsync(ct)).Where(t => targetCodes.Contains(t.Code, StringComparer.Ordinal) && catalog.Tracking.ContainsKey(t.Code));
        // A target tracked by the bureau's own figures (city measures, e.g. the college's scale) has no school-level
        // value; bureau staff see the city figure there, a school user does not (city figures stay with the bureau).
        var cityAllowed = user.SeesAllSchools();
        return targets.Select(t => cityAllowed && catalog.FindIndicator(Tracking(t).IndicatorCode)!.Codes.All(c => catalog.LevelOf(c) == MeasureLevel.City)
            ? Progress(t, data, year, basis, settings)
            : Progress(t, data, year, basis, settings, MonitoringScope.School, school.Code)).ToList();
    }

    private TargetProgressDto Progress(TargetDto target, MonitoringData data, int year, DataBasis basis, MonitoringSettingsDto settings,
        MonitoringScope scope = MonitoringScope.City, string? placeCode = null)
    {
        var tracking = Tracking(target);
        var indicator = catalog.FindIndicator(tracking.IndicatorCode)!;
        var figures = PlanYears(year).Select(y => (Year: y, Figure: data.Figure(indicator, y, basis, scope, placeCode, catalog))).ToList();
        var path = TargetPath.Evaluate(Spec(target, tracking), figures.Select(f => (f.Year, Scaled(f.Figure.Value, tracking))).ToList(), settings);
        var years = path.Years.Zip(figures, (p, f) => new TargetYearDto(p.Year, Round(p.Actual), Round(p.Expected), Round(p.Gap), p.Status,
            f.Figure.Covered, f.Figure.Provisional)).ToList();

        // The status is the latest year with a figure, up to the year asked for: a year not yet filed does not hide the last.
        var shown = years.LastOrDefault(y => y.Actual is not null) ?? years[^1];
        return new TargetProgressDto(target.Code, target.NameZh, target.NameEn, target.Unit, target.Section, indicator.Code, tracking.Scale,
            tracking.Cumulative, tracking.Note, path.BaselineYear, Round(path.BaselineValue), path.BaselineFromData, target.TargetYear,
            target.TargetValue, target.TargetText, target.ComparatorSymbol, shown.Year, shown.Actual, shown.Expected, shown.Gap, shown.Status,
            Round(path.Forecast), path.ForecastMeetsTarget, years, target.ConflictsWith);
    }

    /// <summary>A county's or school's actual against its quota: the same path logic with the quota as the target and
    /// the place's own first figure as the baseline.</summary>
    private PlaceProgressDto Place(TargetDto target, TargetTracking tracking, IndicatorDefinition indicator, MonitoringData data, int year,
        DataBasis basis, MonitoringSettingsDto settings, MonitoringScope scope, string code, string name, string? countyName, decimal? quota)
    {
        var figures = PlanYears(year).Select(y => (Year: y, Figure: data.Figure(indicator, y, basis, scope, code, catalog))).ToList();
        var current = figures[^1].Figure;
        var actual = Scaled(current.Value, tracking);
        var status = actual is null ? TargetStatus.NoData : TargetStatus.NotApplicable;
        if (quota is { } q && actual is not null)
        {
            var spec = new PathSpec(null, null, target.TargetYear, q, target.Comparator, tracking.Cumulative);
            status = TargetPath.Evaluate(spec, figures.Select(f => (f.Year, Scaled(f.Figure.Value, tracking))).ToList(), settings).Years[^1].Status;
        }

        return new PlaceProgressDto(scope, code, name, countyName, Round(actual), quota, actual is { } a && quota is { } qq ? Round(a - qq) : null,
            status, current.Covered, current.Provisional);
    }

    /// <summary>Furthest behind first: by the gap to the quota where there are quotas, else by the value itself (lowest
    /// first for "≥" targets, highest first for "≤"); places without data last.</summary>
    private static List<PlaceProgressDto> BehindFirst(List<PlaceProgressDto> places, TargetComparator comparator)
    {
        var sign = comparator == TargetComparator.AtMost ? -1m : 1m;
        return places
            .OrderBy(p => p.Actual is null)
            .ThenBy(p => p.Gap is { } g ? sign * g : decimal.MaxValue)
            .ThenBy(p => p.Actual is { } a ? sign * a : decimal.MaxValue)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
    }

    internal static IReadOnlyList<int> PlanYears(int year) =>
        year < FirstPlanYear ? [year] : Enumerable.Range(FirstPlanYear, year - FirstPlanYear + 1).ToList();

    internal static PathSpec Spec(TargetDto target, TargetTracking tracking) =>
        new(target.BaselineYear, target.BaselineValue, target.TargetYear, target.TargetValue, target.Comparator, tracking.Cumulative);

    private TargetTracking Tracking(TargetDto target) =>
        catalog.Tracking.GetValueOrDefault(target.Code)
        ?? throw new BusinessException(TargetsErrorCodes.IndicatorNotFound, ErrorKind.NotFound, new Dictionary<string, object?> { ["code"] = target.Code });

    private static decimal? Scaled(decimal? value, TargetTracking tracking) => value * tracking.Scale;

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}
