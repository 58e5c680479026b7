using System.Collections.Concurrent;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Indicators;

/// <summary>A school as monitoring groups it.</summary>
internal sealed record PlaceSchool(Guid Id, string Code, string Name, string CountyCode, string CountyName);

/// <summary>A stored figure and the state of what it came from (a school's filing, or the bureau's sheet).</summary>
internal readonly record struct StateValue(decimal Value, FilingState State)
{
    public bool CountsFor(DataBasis basis) =>
        State == FilingState.Approved || (basis == DataBasis.Provisional && State is FilingState.Submitted);
}

/// <summary>The bureau's own figures count once approved; provisional figures also use them in any other state.</summary>
internal readonly record struct CityValue(decimal Value, FilingState State)
{
    public bool CountsFor(DataBasis basis) => State == FilingState.Approved || basis == DataBasis.Provisional;
}

/// <summary>One year's stored figures: per school, the city's, and the non-additive ones per basis.</summary>
internal sealed class YearFigures(
    IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, StateValue>> schools,
    IReadOnlyDictionary<string, CityValue> city,
    IReadOnlyDictionary<DataBasis, IReadOnlyDictionary<string, decimal>> acrossSchools,
    IReadOnlyDictionary<DataBasis, bool> acrossProvisional,
    IReadOnlyDictionary<DataBasis, int> acrossCovered)
{
    public static readonly YearFigures Empty = new(
        new Dictionary<Guid, IReadOnlyDictionary<string, StateValue>>(), new Dictionary<string, CityValue>(),
        new Dictionary<DataBasis, IReadOnlyDictionary<string, decimal>>(), new Dictionary<DataBasis, bool>(), new Dictionary<DataBasis, int>());

    public IReadOnlyDictionary<string, StateValue>? School(Guid id) => schools.GetValueOrDefault(id);

    public IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, StateValue>> Schools => schools;

    public CityValue? City(string code) => city.TryGetValue(code, out var v) ? v : null;

    public decimal? AcrossSchools(DataBasis basis, string code) =>
        acrossSchools.TryGetValue(basis, out var values) && values.TryGetValue(code, out var v) ? v : null;

    public bool AcrossSchoolsProvisional(DataBasis basis) => acrossProvisional.GetValueOrDefault(basis);

    /// <summary>How many schools' filings the non-additive measures of the basis were computed over.</summary>
    public int AcrossSchoolsCovered(DataBasis basis) => acrossCovered.GetValueOrDefault(basis);
}

/// <summary>Everything the dashboards compute from, as of one data stamp. Immutable; computed figures are memoised in
/// it, so a busy dashboard computes each figure once per write, not once per request.</summary>
internal sealed class MonitoringData(Guid stamp, IReadOnlyList<PlaceSchool> schools, IReadOnlyDictionary<int, YearFigures> years)
{
    private readonly ConcurrentDictionary<(string Indicator, int Year, DataBasis Basis, MonitoringScope Scope, string? Place), IndicatorFigure> _figures = new();

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _memo = new(StringComparer.Ordinal);

    public Guid Stamp { get; } = stamp;

    /// <summary>Something else derived from the filings (e.g. the year's completeness), computed once per stamp: every
    /// filing change moves the stamp. Concurrent first callers share one computation.</summary>
    public async Task<T> MemoAsync<T>(string key, Func<Task<T>> compute) where T : class =>
        (T)await _memo.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await compute())).Value;

    public IReadOnlyList<PlaceSchool> Schools { get; } = schools;

    public IReadOnlyList<int> Years { get; } = [.. years.Keys.Order()];

    public YearFigures Year(int year) => years.GetValueOrDefault(year) ?? YearFigures.Empty;

    public IEnumerable<PlaceSchool> SchoolsOf(MonitoringScope scope, string? place) => scope switch
    {
        MonitoringScope.City => Schools,
        MonitoringScope.County => Schools.Where(s => s.CountyCode == place),
        _ => Schools.Where(s => s.Code == place),
    };

    public IndicatorFigure Figure(IndicatorDefinition indicator, int year, DataBasis basis, MonitoringScope scope, string? place,
        MonitoringCatalog catalog) =>
        _figures.GetOrAdd((indicator.Code, year, basis, scope, place),
            _ => IndicatorCalculator.Compute(indicator, Year(year), SchoolsOf(scope, place).ToList(), scope == MonitoringScope.City, basis, catalog.LevelOf));
}
