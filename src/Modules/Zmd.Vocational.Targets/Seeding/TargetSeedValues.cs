using System.Globalization;
using System.Text.RegularExpressions;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Seeding;

/// <summary>Turns the cells of targets.csv into typed values. Numbers are read with the invariant culture so the
/// file means the same on every machine; a bad cell fails with the file and line.</summary>
internal static partial class TargetSeedValues
{
    private static readonly Dictionary<string, TargetComparator> Comparators = new(StringComparer.Ordinal)
    {
        [">="] = TargetComparator.AtLeast,
        ["<="] = TargetComparator.AtMost,
        ["="] = TargetComparator.Equal,
    };

    private static readonly Dictionary<string, TargetKind> Kinds = new(StringComparer.Ordinal)
    {
        ["预期性"] = TargetKind.Indicative,
        ["约束性"] = TargetKind.Binding,
    };

    public static TargetComparator Comparator(SeedRow row) => Parse(row, "comparator", Comparators);

    public static TargetKind Kind(SeedRow row) => Parse(row, "kind", Kinds);

    public static int Year(SeedRow row, string column) => OptionalYear(row, column)
        ?? throw new InvalidDataException($"{row.File} line {row.Line}: column '{column}' is empty.");

    public static int? OptionalYear(SeedRow row, string column)
    {
        var text = row.Optional(column);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1949 and <= 2100
            ? year
            : throw new InvalidDataException($"{row.File} line {row.Line}: '{text}' is not a year ({column}).");
    }

    /// <summary>A plain number goes to the value; anything else the plan wrote (e.g. the ratio "15:35:50") is kept
    /// verbatim as text, because it is what the plan says.</summary>
    public static (decimal? Value, string? Text) Amount(SeedRow row, string column, int maxTextLength)
    {
        var text = row.Optional(column);
        if (text is null)
        {
            return (null, null);
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (null, Text(row, column, text, maxTextLength));
    }

    /// <summary>A target the plan states only in words has an empty target_value; its note quotes those words as
    /// 2025年“稳步提高” (K1.12). Taking them from the note keeps the file the only source.</summary>
    public static string? QuotedTargetWords(string? note, int targetYear, int maxLength)
    {
        if (note is null)
        {
            return null;
        }

        var match = QuotedAfterYear().Matches(note).FirstOrDefault(m => m.Groups["year"].Value == targetYear.ToString(CultureInfo.InvariantCulture));
        return match is { } m && m.Groups["words"].Length <= maxLength ? m.Groups["words"].Value : null;
    }

    public static string Required(SeedRow row, string column, int maxLength) => Text(row, column, row.Required(column), maxLength);

    public static string? Optional(SeedRow row, string column, int maxLength) =>
        row.Optional(column) is { } text ? Text(row, column, text, maxLength) : null;

    private static string Text(SeedRow row, string column, string text, int maxLength) =>
        text.Length <= maxLength
            ? text
            : throw new InvalidDataException($"{row.File} line {row.Line}: column '{column}' is longer than {maxLength} characters.");

    private static T Parse<T>(SeedRow row, string column, Dictionary<string, T> values)
    {
        var text = row.Required(column);
        return values.TryGetValue(text, out var value)
            ? value
            : throw new InvalidDataException($"{row.File} line {row.Line}: '{text}' is not a valid {column} ({string.Join(" ", values.Keys)}).");
    }

    [GeneratedRegex("(?<year>\\d{4})年“(?<words>[^”\\d]+)”")]
    private static partial Regex QuotedAfterYear();
}
