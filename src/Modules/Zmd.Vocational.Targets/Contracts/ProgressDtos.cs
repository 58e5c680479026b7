namespace Zmd.Vocational.Targets.Contracts;

/// <summary>A target in one year: the actual value (in the target's unit), where the straight path from baseline to
/// target says it should be, the gap (actual − expected; its good sign depends on the comparator) and the status.</summary>
public sealed record TargetYearDto(int Year, decimal? Actual, decimal? Expected, decimal? Gap, TargetStatus Status, int SchoolsCovered, bool Provisional);

/// <summary>A target's progress up to <see cref="Year"/>. The baseline is the plan's, or, when the plan gives none, the
/// first year with data (BaselineFromData). Forecast: the value the trend (least squares over baseline and actual values)
/// reaches in the target year.</summary>
public sealed record TargetProgressDto(
    string TargetCode,
    string NameZh,
    string NameEn,
    string Unit,
    string Section,
    string IndicatorCode,
    decimal Scale,
    bool Cumulative,
    string? TrackingNote,
    int? BaselineYear,
    decimal? BaselineValue,
    bool BaselineFromData,
    int TargetYear,
    decimal? TargetValue,
    string? TargetText,
    string ComparatorSymbol,
    int Year,
    decimal? Actual,
    decimal? Expected,
    decimal? Gap,
    TargetStatus Status,
    decimal? Forecast,
    bool? ForecastMeetsTarget,
    IReadOnlyList<TargetYearDto> Years,
    IReadOnlyList<string> ConflictsWith);

/// <summary>A county's or a school's part of a target in a year: its actual value, its quota if the bureau set one, the
/// gap to the quota and the status against it (NoData without a value, NotApplicable without a quota).</summary>
public sealed record PlaceProgressDto(
    MonitoringScope Scope, string Code, string Name, string? CountyName, decimal? Actual, decimal? Quota, decimal? Gap, TargetStatus Status,
    int SchoolsCovered, bool Provisional);

/// <summary>The target detail page: the progress and the split by county and by school, furthest behind first.</summary>
public sealed record TargetDetailDto(TargetProgressDto Progress, IReadOnlyList<PlaceProgressDto> Counties, IReadOnlyList<PlaceProgressDto> Schools,
    bool QuotasAllowed);

/// <summary>One line of a quota split: a county's quota (CountyCode only) or a school's (SchoolCode only).</summary>
public sealed record QuotaLineInput(string? CountyCode, string? SchoolCode, decimal Value);

public sealed record QuotaDto(string TargetCode, MonitoringScope Scope, string Code, string Name, string? CountyCode, decimal Value);

/// <summary>The bureau's tolerances: a shortfall from the expected path up to OnTrackTolerance × |target| is on track,
/// up to AtRiskTolerance × |target| at risk, more is off track. JumpShare: a year-on-year change of a school's enrolment
/// or teachers larger than this share needs an explanation (data-quality rule).</summary>
public sealed record MonitoringSettingsDto(decimal OnTrackTolerance, decimal AtRiskTolerance, decimal JumpShare);

/// <summary>A school's quota of a target and its progress against it.</summary>
public sealed record SchoolQuotaDto(string TargetCode, string NameZh, string NameEn, string Unit, PlaceProgressDto Progress);
