namespace Zmd.Vocational.Targets.Contracts;

public static class TargetsErrorCodes
{
    public const string TargetNotFound = "Targets:TargetNotFound";
    public const string IndicatorNotFound = "Targets:IndicatorNotFound";
    public const string PlaceNotFound = "Targets:PlaceNotFound";

    /// <summary>City and county figures are for bureau staff; a school user asked for them.</summary>
    public const string CityFiguresForbidden = "Targets:CityFiguresForbidden";

    /// <summary>Quotas that do not add up to the city target (or a county's school quotas to the county's quota).</summary>
    public const string QuotasDoNotAddUp = "Targets:QuotasDoNotAddUp";

    /// <summary>A ratio target cannot be split into quotas that add up.</summary>
    public const string QuotaNotAdditive = "Targets:QuotaNotAdditive";
    public const string QuotaDuplicate = "Targets:QuotaDuplicate";
    public const string QuotaNegative = "Targets:QuotaNegative";
    public const string UnknownCityMeasure = "Targets:UnknownCityMeasure";
    public const string CityDataLocked = "Targets:CityDataLocked";
    public const string InvalidSettings = "Targets:InvalidSettings";
    public const string UnknownRule = "Targets:UnknownRule";

    /// <summary>The filing a warning's explanation belongs to is submitted or approved ({state}, school year {year}).</summary>
    public const string ExplanationLocked = "Targets:ExplanationLocked";
}
