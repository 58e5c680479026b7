using System.Globalization;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Targets;

/// <summary>How the pages write a target: numbers in the current culture without trailing zeros (12000, 2.5, 26.82),
/// the name in the UI language, and the plan's own words where it gives no number.</summary>
internal static class TargetFormat
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static string Name(TargetDto target) => IsEnglish ? target.NameEn : target.NameZh;

    /// <summary>Stored with four decimals, so four optional places lose nothing and print no padding.</summary>
    public static string? Number(decimal? value) => value?.ToString("0.####", CultureInfo.CurrentCulture);

    /// <summary>The part of the section before the item number ("专栏3-3 第07项" → "专栏3-3"): the list groups by it.</summary>
    public static string Chapter(string section) => section.Split(' ', 2)[0];

    public static string? Baseline(TargetDto target) => Amount(target.BaselineValue, target.BaselineText, target.Unit);

    /// <summary>"≥ 31 万人", "= 15:35:50 高:中:初", or just "稳步提高" where the plan sets no figure to compare with.</summary>
    public static string? Target(TargetDto target)
    {
        var amount = Amount(target.TargetValue, target.TargetText, target.Unit);
        return amount is null || IsWords(target.TargetValue, target.TargetText) ? amount : target.ComparatorSymbol + " " + amount;
    }

    private static string? Amount(decimal? value, string? text, string unit)
    {
        if (value is not null)
        {
            return WithUnit(Number(value)!, unit);
        }

        return text is null || IsWords(value, text) ? text : WithUnit(text, unit);
    }

    private static bool IsWords(decimal? value, string? text) => value is null && text is not null && !text.Any(char.IsAsciiDigit);

    private static string WithUnit(string amount, string unit) => unit == "%" ? amount + unit : amount + " " + unit;
}
