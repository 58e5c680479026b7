namespace Zmd.Vocational.Targets.Contracts;

/// <summary>One target as the plan states it. A value the plan does not give as a plain number (a ratio such as
/// "15:35:50", or words such as "稳步提高") is in the Text member and the Value member is null.
/// ConflictsWith lists the other codes that state the same target with a different number (empty when none).</summary>
public sealed record TargetDto(
    string Code,
    string NameZh,
    string NameEn,
    string Unit,
    int? BaselineYear,
    decimal? BaselineValue,
    string? BaselineText,
    int TargetYear,
    decimal? TargetValue,
    string? TargetText,
    TargetComparator Comparator,
    string ComparatorSymbol,
    TargetKind Kind,
    string Section,
    string? ConflictGroup,
    string? Note,
    IReadOnlyList<string> ConflictsWith);
