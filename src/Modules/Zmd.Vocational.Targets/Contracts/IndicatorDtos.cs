namespace Zmd.Vocational.Targets.Contracts;

/// <summary>A national standard a figure is judged against (e.g. 生师比 ≤ 20, 中职设置标准).</summary>
public sealed record StandardDto(TargetComparator Comparator, decimal Value, string Source)
{
    public bool IsMetBy(decimal value) => Comparator switch
    {
        TargetComparator.AtLeast => value >= Value,
        TargetComparator.AtMost => value <= Value,
        _ => value == Value,
    };
}

/// <summary>An indicator as defined in seeds/indicators.csv, or a figure the bureau enters (no denominator).
/// ForSchools: computed from school filings alone, so it has a value per school and county (not only for the city).</summary>
public sealed record IndicatorDefinitionDto(
    string Code, string NameZh, string NameEn, string Unit, int Decimals, string Numerator, string? Denominator, decimal Factor,
    StandardDto? Standard, bool ForSchools);

/// <summary>One indicator for one year and one place. Value is null when there is no data or the denominator is zero
/// ("no data", never 0). SchoolsCovered: the schools whose data the figure uses, of SchoolsInScope active schools.
/// Provisional: the figure uses data not yet approved. MeetsStandard: null when there is no standard or no value.</summary>
public sealed record IndicatorValueDto(
    string Code,
    string NameZh,
    string NameEn,
    string Unit,
    int Decimals,
    int Year,
    MonitoringScope Scope,
    string? PlaceCode,
    string PlaceName,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    int SchoolsCovered,
    int SchoolsInScope,
    bool Provisional,
    StandardDto? Standard,
    bool? MeetsStandard);

/// <param name="Year">The school year (the year it starts: 2025 is 2025–26).</param>
/// <param name="PlaceCode">A county code (scope County) or a school code (scope School); all of them when null.</param>
/// <param name="Codes">Indicator codes; all when empty.</param>
public sealed record IndicatorQuery(int Year, MonitoringScope Scope, string? PlaceCode = null, IReadOnlyList<string>? Codes = null,
    DataBasis Basis = DataBasis.Approved);
