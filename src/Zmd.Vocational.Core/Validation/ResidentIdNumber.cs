using System.Globalization;

namespace Zmd.Vocational.Core.Validation;

/// <summary>居民身份证号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence (odd = male),
/// ISO 7064 MOD 11-2 check character (0-9 or X). Personal data: show it masked unless permitted.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static bool HasValidCheckDigit(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var id = Normalize(value);
        if (id.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return false;
            }

            sum += (id[i] - '0') * Weights[i];
        }

        return id[17] == CheckChars[sum % 11];
    }

    /// <summary>The birth date encoded in positions 7–14, or null when it is not a real date.</summary>
    public static DateOnly? BirthDate(string value)
    {
        var id = Normalize(value);
        if (id.Length != 18)
        {
            return null;
        }

        return DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>Keeps the first 6 (area) and last 4 characters: 411702********123X.</summary>
    public static string Mask(string value)
    {
        var id = Normalize(value);
        return id.Length <= 10 ? new string('*', id.Length) : string.Concat(id.AsSpan(0, 6), new string('*', id.Length - 10), id.AsSpan(id.Length - 4));
    }
}
