using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Indicators;

/// <summary>Where a measure's value comes from: a school's filing, all schools' filings at once (non-additive), or the
/// bureau's city figures.</summary>
internal enum MeasureLevel
{
    School = 1,
    AcrossSchools = 2,
    City = 3,
}

/// <summary>A figure the bureau enters per year (seeds/city-measures.csv).</summary>
internal sealed record CityMeasureDefinition(string Code, string NameZh, string NameEn, string Unit, string Source);

/// <summary>How a target is tracked (seeds/target-tracking.csv): by which indicator, times which scale (people → 万人),
/// and whether the target is a total since the plan began (its path starts from 0).</summary>
internal sealed record TargetTracking(string TargetCode, string IndicatorCode, decimal Scale, bool Cumulative, string? Note);

/// <summary>Everything monitoring computes with, read once from the seed files and the modules' measure sources and
/// checked as a whole: an unknown measure in a formula, or a formula mixing a school's measures with city figures,
/// fails at the first use with the file and line rather than showing a wrong figure.</summary>
internal sealed class MonitoringCatalog
{
    public const string IndicatorsFile = "indicators.csv";
    public const string CityMeasuresFile = "city-measures.csv";
    public const string TrackingFile = "target-tracking.csv";

    private readonly Lazy<Loaded> _loaded;

    public MonitoringCatalog(SeedsLocation seeds, IServiceScopeFactory scopes) =>
        _loaded = new Lazy<Loaded>(() => Load(seeds.Directory, scopes));

    public IReadOnlyList<IndicatorDefinition> Indicators => _loaded.Value.Indicators;

    public IReadOnlyList<CityMeasureDefinition> CityMeasures => _loaded.Value.CityMeasures;

    public IReadOnlyDictionary<string, MeasureDefinition> FiledMeasures => _loaded.Value.Filed;

    public IReadOnlyDictionary<string, TargetTracking> Tracking => _loaded.Value.Tracking;

    public IndicatorDefinition? FindIndicator(string code) => _loaded.Value.IndicatorsByCode.GetValueOrDefault(code);

    public MeasureLevel LevelOf(string code) => _loaded.Value.Levels[code];

    /// <summary>The dataset a filed measure comes from (for the states that gate it), null for city figures.</summary>
    public string? DatasetOf(string code) => _loaded.Value.Filed.TryGetValue(code, out var m) ? m.Dataset : null;

    private static Loaded Load(string seedsDirectory, IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var levels = new Dictionary<string, MeasureLevel>(StringComparer.Ordinal);
        var filed = new Dictionary<string, MeasureDefinition>(StringComparer.Ordinal);
        foreach (var m in scope.ServiceProvider.GetServices<IMeasureSource>().SelectMany(s => s.Measures))
        {
            levels.Add(m.Code, MeasureLevel.School);
            filed.Add(m.Code, m);
        }

        foreach (var m in scope.ServiceProvider.GetServices<ICrossSchoolMeasureSource>().SelectMany(s => s.Measures))
        {
            levels.Add(m.Code, MeasureLevel.AcrossSchools);
            filed.Add(m.Code, m);
        }

        var city = SeedCsvFile.Read(seedsDirectory, CityMeasuresFile)
            .Select(r => new CityMeasureDefinition(r.Required("code"), r.Required("name_zh"), r.Required("name_en"), r.Required("unit"), r.Required("source")))
            .ToList();
        foreach (var m in city)
        {
            if (!levels.TryAdd(m.Code, MeasureLevel.City))
            {
                throw new InvalidDataException($"{CityMeasuresFile}: measure '{m.Code}' is defined twice.");
            }
        }

        var indicators = SeedCsvFile.Read(seedsDirectory, IndicatorsFile).Select(r => Indicator(r, levels)).ToList();
        // Every city figure is also an indicator of itself, so a target can track it like any other.
        indicators.AddRange(city.Select(m => new IndicatorDefinition(m.Code, m.NameZh, m.NameEn, m.Unit, 2,
            LinearExpression.Parse(m.Code), null, 1m, null)));
        var byCode = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!byCode.TryAdd(indicator.Code, indicator))
            {
                throw new InvalidDataException($"Indicator '{indicator.Code}' is defined twice ({IndicatorsFile}, {CityMeasuresFile}).");
            }
        }

        var tracking = new Dictionary<string, TargetTracking>(StringComparer.Ordinal);
        foreach (var row in SeedCsvFile.Read(seedsDirectory, TrackingFile))
        {
            var t = new TargetTracking(row.Required("target_code"), row.Required("indicator"), Number(row, "scale"),
                bool.Parse(row.Required("cumulative")), row.Optional("note"));
            if (!byCode.ContainsKey(t.IndicatorCode))
            {
                throw new InvalidDataException($"{TrackingFile} line {row.Line}: unknown indicator '{t.IndicatorCode}'.");
            }

            if (!tracking.TryAdd(t.TargetCode, t))
            {
                throw new InvalidDataException($"{TrackingFile} line {row.Line}: target '{t.TargetCode}' appears twice.");
            }
        }

        return new Loaded(indicators, byCode, city, filed, levels, tracking);
    }

    private static IndicatorDefinition Indicator(SeedRow row, IReadOnlyDictionary<string, MeasureLevel> levels)
    {
        try
        {
            var numerator = Checked(LinearExpression.Parse(row.Required("numerator")), levels);
            var denominator = row.Optional("denominator") is { } d ? Checked(LinearExpression.Parse(d), levels) : null;
            return new IndicatorDefinition(row.Required("code"), row.Required("name_zh"), row.Required("name_en"), row.Required("unit"),
                int.Parse(row.Required("decimals"), CultureInfo.InvariantCulture), numerator, denominator, Number(row, "factor"),
                Standard(row));
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"{row.File} line {row.Line}: {ex.Message}", ex);
        }
    }

    /// <summary>All terms known and of one level: a school's sum and a city figure cannot be added.</summary>
    private static LinearExpression Checked(LinearExpression expression, IReadOnlyDictionary<string, MeasureLevel> levels)
    {
        foreach (var code in expression.Codes.Where(c => !levels.ContainsKey(c)))
        {
            throw new FormatException($"unknown measure '{code}'.");
        }

        return expression.Codes.Select(c => levels[c] == MeasureLevel.School).Distinct().Count() == 1
            ? expression
            : throw new FormatException($"'{expression.Text}' mixes school measures with city figures.");
    }

    private static StandardDto? Standard(SeedRow row)
    {
        if (row.Optional("standard") is not { } text)
        {
            return null;
        }

        var comparator = text.StartsWith(">=", StringComparison.Ordinal) ? TargetComparator.AtLeast
            : text.StartsWith("<=", StringComparison.Ordinal) ? TargetComparator.AtMost
            : throw new FormatException($"standard '{text}' must start with >= or <=.");
        return new StandardDto(comparator, decimal.Parse(text[2..], CultureInfo.InvariantCulture), row.Required("standard_source"));
    }

    private static decimal Number(SeedRow row, string column) =>
        decimal.TryParse(row.Required(column), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{row.File} line {row.Line}: '{row.Required(column)}' is not a number ({column}).");

    private sealed record Loaded(
        IReadOnlyList<IndicatorDefinition> Indicators,
        IReadOnlyDictionary<string, IndicatorDefinition> IndicatorsByCode,
        IReadOnlyList<CityMeasureDefinition> CityMeasures,
        IReadOnlyDictionary<string, MeasureDefinition> Filed,
        IReadOnlyDictionary<string, MeasureLevel> Levels,
        IReadOnlyDictionary<string, TargetTracking> Tracking);
}
