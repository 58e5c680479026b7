using System.Globalization;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Numbers as people type them: full-width digits, thousands separators ("1,234" or "1，234"), a leading sign.
/// Input is already trimmed.</summary>
internal static class NumberParser
{
    public static bool TryParseInteger(string text, out long value)
    {
        var clean = Clean(text);
        if (long.TryParse(clean, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // "12.0" and "12.00" (a CSV written from a number cell) are whole numbers too.
        if (decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue)
        {
            value = (long)d;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Only digits after an optional sign (full-width and thousands separators allowed), however many.</summary>
    public static bool IsWholeNumber(string text)
    {
        var clean = Clean(text).AsSpan();
        clean = clean.Length > 0 && clean[0] is '+' or '-' ? clean[1..] : clean;
        return clean.Length > 0 && !clean.ContainsAnyExceptInRange('0', '9');
    }

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(Clean(text), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string Clean(string text)
    {
        var half = TextCleaner.ToHalfWidth(text);
        return half.Contains(',', StringComparison.Ordinal) ? half.Replace(",", "", StringComparison.Ordinal) : half;
    }
}

/// <summary>Dates as Chinese users write them: 2024-09-01, 2024/9/1, 2024.9.1, 20240901, 2024年9月1日, 二〇二四年九月一日.
/// A time after the date ("2024/9/1 0:00", as Excel writes a date cell to CSV) is ignored. Year first, always: 9/1/2024
/// and 01/09/2024 mean different days in different countries, a bare number (an Excel serial date typed or saved as
/// text) could be anything, and 2024年9月 has no day; all are refused.</summary>
internal static class DateParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 2199;

    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var s = ChineseNumerals.HasAny(text) ? ChineseNumerals.DateToDigits(text).AsSpan() : TextCleaner.ToHalfWidth(text).AsSpan();
        var blank = s.IndexOfAny(' ', 'T');
        if (blank > 0)
        {
            s = s[..blank];
        }

        if (s.Length == 8 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return Make(Digits(s[..4]), Digits(s[4..6]), Digits(s[6..]), out date);
        }

        var pos = 0;
        var year = ReadDigits(s, ref pos, 4, 4);
        if (year < 0 || pos >= s.Length)
        {
            return false;
        }

        var separator = s[pos++];
        var chinese = separator == '年';
        if (!chinese && separator is not ('-' or '/' or '.'))
        {
            return false;
        }

        var month = ReadDigits(s, ref pos, 1, 2);
        if (month < 0 || pos >= s.Length || s[pos++] != (chinese ? '月' : separator))
        {
            return false;
        }

        var day = ReadDigits(s, ref pos, 1, 2);
        if (day < 0)
        {
            return false;
        }

        if (chinese && pos < s.Length && s[pos] == '日')
        {
            pos++;
        }

        return pos == s.Length && Make(year, month, day, out date);
    }

    private static bool Make(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Reads min..max ASCII digits at pos; -1 when there are fewer than min.</summary>
    private static int ReadDigits(ReadOnlySpan<char> s, ref int pos, int min, int max)
    {
        var start = pos;
        var value = 0;
        while (pos < s.Length && pos - start < max && char.IsAsciiDigit(s[pos]))
        {
            value = (value * 10) + (s[pos] - '0');
            pos++;
        }

        return pos - start >= min ? value : -1;
    }

    private static int Digits(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>Yes/no as it is written in Chinese forms and spreadsheets: 是/否, Y/N, yes/no, true/false, 1/0, √/×.</summary>
internal static class BooleanParser
{
    public static bool TryParse(string text, out bool value)
    {
        switch (TextCleaner.ToHalfWidth(text).ToLowerInvariant())
        {
            case "是" or "y" or "yes" or "true" or "1" or "√" or "✓" or "✔":
                value = true;
                return true;
            case "否" or "n" or "no" or "false" or "0" or "×" or "✗" or "✘":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}

/// <summary>Dates written in Chinese numerals, 二〇二四年九月一日 or 二零二四年十二月三十一日, turned into 2024年9月1日: the year
/// digit by digit, month and day with 十.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    private static readonly System.Buffers.SearchValues<char> Numerals = System.Buffers.SearchValues.Create("〇○零一二三四五六七八九十");

    public static bool HasAny(string text) => text.AsSpan().IndexOfAny(Numerals) >= 0;

    public static bool IsNumeral(char c) => Numerals.Contains(c);

    public static string DateToDigits(string text)
    {
        var year = text.IndexOf('年', StringComparison.Ordinal);
        var month = text.IndexOf('月', StringComparison.Ordinal);
        if (year < 0 || month < year)
        {
            return text; // not a date of this form: the parser refuses it as written
        }

        var day = text.IndexOf('日', StringComparison.Ordinal);
        var yearDigits = string.Concat(text[..year].Trim().Select(c => Digit(c) is var d and >= 0 ? (char)('0' + d) : c));
        var monthNumber = Number(text[(year + 1)..month]);
        var dayNumber = Number(day > month ? text[(month + 1)..day] : text[(month + 1)..]);
        return $"{yearDigits}年{monthNumber}月{dayNumber}日";
    }

    private static int Digit(char c) => c is '○' or '零' ? 0 : Digits.IndexOf(c, StringComparison.Ordinal);

    /// <summary>一 … 九, 十, 十一 … 十九, 二十 … 三十一 (and plain digits); the text unchanged otherwise.</summary>
    private static string Number(string part)
    {
        part = part.Trim();
        if (part.Length == 0 || part.All(char.IsAsciiDigit))
        {
            return part;
        }

        var ten = part.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return part.Length == 1 && Digit(part[0]) > 0 ? Digit(part[0]).ToString(CultureInfo.InvariantCulture) : part;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digit(part[0]) : -1;
        var ones = ten == part.Length - 1 ? 0 : ten == part.Length - 2 ? Digit(part[^1]) : -1;
        return tens > 0 && ones >= 0 ? ((tens * 10) + ones).ToString(CultureInfo.InvariantCulture) : part;
    }
}
