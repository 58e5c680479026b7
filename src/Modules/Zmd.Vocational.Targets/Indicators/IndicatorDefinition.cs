using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Indicators;

/// <summary>numerator ÷ denominator × factor over measures (DHIS2's shape), or a plain sum of measures when there is
/// no denominator. Rounded to <see cref="Decimals"/> for display only. <see cref="Standard"/> is the national
/// standard a school's value is judged against, if any (e.g. 生师比 ≤ 20).</summary>
internal sealed record IndicatorDefinition(
    string Code,
    string NameZh,
    string NameEn,
    string Unit,
    int Decimals,
    LinearExpression Numerator,
    LinearExpression? Denominator,
    decimal Factor,
    StandardDto? Standard)
{
    public IEnumerable<string> Codes => Numerator.Codes.Concat(Denominator?.Codes ?? []);

    /// <summary>Quotas and sums over counties make sense only for a count, not for a ratio.</summary>
    public bool IsAdditive => Denominator is null;
}
