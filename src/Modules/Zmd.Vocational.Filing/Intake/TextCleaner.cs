namespace Zmd.Vocational.Filing.Intake;

/// <summary>What every cell goes through first. Chinese users type full-width spaces (U+3000), digits and letters
/// (１２３, Ｘ) with an IME switched on, and Excel leaves BOMs and zero-width spaces behind; none of that is data.</summary>
internal static class TextCleaner
{
    public static bool IsBlank(string? value) => Trim(value) is null;

    /// <summary>Surrounding blanks (including full-width spaces, non-breaking spaces, BOM and zero-width spaces)
    /// removed; null when nothing is left.</summary>
    public static string? Trim(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var span = value.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && IsBlankChar(span[start]))
        {
            start++;
        }

        while (end > start && IsBlankChar(span[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return null;
        }

        return start == 0 && end == span.Length ? value : value[start..end];
    }

    /// <summary>Full-width ASCII (U+FF01–U+FF5E) and the ideographic space turned into their ASCII forms. Used for
    /// numbers, dates, codes and check-digit identifiers, never for names.</summary>
    public static string ToHalfWidth(string value)
    {
        var i = 0;
        while (i < value.Length && !IsFullWidth(value[i]))
        {
            i++;
        }

        if (i == value.Length)
        {
            return value; // the usual case: no allocation
        }

        return string.Create(value.Length, value, static (dest, src) =>
        {
            for (var j = 0; j < src.Length; j++)
            {
                var c = src[j];
                dest[j] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    private static bool IsFullWidth(char c) => c is (>= '\uFF01' and <= '\uFF5E') or '\u3000';

    private static bool IsBlankChar(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B';
}
