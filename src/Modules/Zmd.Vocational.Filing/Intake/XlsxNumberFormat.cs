using System.Globalization;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Whether a custom number format code shows a date: the format parser MiniExcel carries (from the MIT-licensed
/// ExcelNumberFormat), cut down to that question and kept token for token, so that a workbook's own formats give the
/// same cells as before. A format is a date when it parses without a syntax error and one of its sections holds date
/// or time parts (y, m, d, h, s, AM/PM…) and no elapsed-time part ([h], [m], [s]). Unquoted text such as 年 is a
/// syntax error there, so yyyy年m月d日 is not a date while yyyy"年"m"月"d"日" is.</summary>
internal static class XlsxNumberFormat
{
    private const string Symbols = "#?,!&%+-$€£0123456789{}():;/.@ ";

    private enum Section
    {
        Date,
        Other,
    }

    public static bool IsDateTime(string? formatCode)
    {
        var format = formatCode ?? "";
        var position = 0;
        var date = false;
        while (true)
        {
            var section = ParseSection(format, ref position, out var syntaxError);
            if (syntaxError)
            {
                return false;
            }

            if (section is null)
            {
                return date;
            }

            date |= section == Section.Date;
        }
    }

    private static Section? ParseSection(string format, ref int position, out bool syntaxError)
    {
        var hasDateParts = false;
        var hasDurationParts = false;
        var hasPlaceholders = false;
        var tokens = new List<string>();
        string? token;
        while ((token = ReadToken(format, ref position, out syntaxError)) is not null)
        {
            if (token == ";")
            {
                break;
            }

            hasPlaceholders |= IsPlaceholder(token);
            if (IsDatePart(token))
            {
                hasDateParts = true;
                hasDurationParts |= IsDurationPart(token);
            }

            tokens.Add(token);
        }

        if (syntaxError || tokens.Count == 0)
        {
            return null;
        }

        if (hasDateParts)
        {
            return hasDurationParts ? Section.Other : Section.Date;
        }

        if (!hasPlaceholders || IsFraction(tokens) || IsExponential(tokens) || NumberTokens(tokens) == tokens.Count)
        {
            return Section.Other;
        }

        syntaxError = true;
        return null;
    }

    private static string? ReadToken(string format, ref int position, out bool syntaxError)
    {
        var start = position;
        if (ReadLiteral(format, ref position)
            || ReadEnclosed(format, ref position, '[', ']')
            || ReadOneOf(format, ref position)
            || ReadString(format, ref position, "e+")
            || ReadString(format, ref position, "e-")
            || ReadString(format, ref position, "General")
            || ReadString(format, ref position, "am/pm")
            || ReadString(format, ref position, "a/p")
            || ReadOneOrMore(format, ref position, 'y') || ReadOneOrMore(format, ref position, 'Y')
            || ReadOneOrMore(format, ref position, 'm') || ReadOneOrMore(format, ref position, 'M')
            || ReadOneOrMore(format, ref position, 'd') || ReadOneOrMore(format, ref position, 'D')
            || ReadOneOrMore(format, ref position, 'h') || ReadOneOrMore(format, ref position, 'H')
            || ReadOneOrMore(format, ref position, 's') || ReadOneOrMore(format, ref position, 'S')
            || ReadOneOrMore(format, ref position, 'g') || ReadOneOrMore(format, ref position, 'G'))
        {
            syntaxError = false;
            return format[start..position];
        }

        syntaxError = position < format.Length;
        return null;
    }

    /// <summary>\x, *x and _x (two characters), or a "quoted" literal.</summary>
    private static bool ReadLiteral(string format, ref int position)
    {
        if (position < format.Length && format[position] is '\\' or '*' or '_')
        {
            position = Math.Min(position + 2, format.Length);
            return true;
        }

        return ReadEnclosed(format, ref position, '"', '"');
    }

    private static bool ReadEnclosed(string format, ref int position, char open, char close)
    {
        if (position >= format.Length || format[position] != open)
        {
            return false;
        }

        var end = format.IndexOf(close, position + 1);
        if (end < 0)
        {
            return false;
        }

        position = end + 1;
        return true;
    }

    private static bool ReadOneOf(string format, ref int position)
    {
        if (position < format.Length && Symbols.Contains(format[position], StringComparison.Ordinal))
        {
            position++;
            return true;
        }

        return false;
    }

    private static bool ReadString(string format, ref int position, string text)
    {
        if (position + text.Length > format.Length
            || string.Compare(format, position, text, 0, text.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        position += text.Length;
        return true;
    }

    private static bool ReadOneOrMore(string format, ref int position, char c)
    {
        if (position >= format.Length || format[position] != c)
        {
            return false;
        }

        while (position < format.Length && format[position] == c)
        {
            position++;
        }

        return true;
    }

    private static bool IsPlaceholder(string token) => token is "0" or "#" or "?";

    private static bool IsDigit19(string token) => token.Length == 1 && token[0] is >= '1' and <= '9';

    private static bool IsDatePart(string token) =>
        token.StartsWith('y') || token.StartsWith('Y') || token.StartsWith('m') || token.StartsWith('M')
        || token.StartsWith('d') || token.StartsWith('D') || token.StartsWith('s') || token.StartsWith('S')
        || token.StartsWith('h') || token.StartsWith('H')
        || ((token.StartsWith('g') || token.StartsWith('G')) && !token.Equals("general", StringComparison.OrdinalIgnoreCase))
        || token.Equals("am/pm", StringComparison.OrdinalIgnoreCase) || token.Equals("a/p", StringComparison.OrdinalIgnoreCase)
        || IsDurationPart(token);

    private static bool IsDurationPart(string token) =>
        token.StartsWith("[h", StringComparison.OrdinalIgnoreCase) || token.StartsWith("[m", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("[s", StringComparison.OrdinalIgnoreCase);

    private static bool IsLiteral(string token) =>
        token.StartsWith('_') || token.StartsWith('\\') || token.StartsWith('"') || token.StartsWith('*')
        || token is "," or "!" or "&" or "%" or "+" or "-" or "$" or "€" or "£" or "{" or "}" or "(" or ")" or " " || IsDigit19(token);

    private static bool IsNumberLiteral(string token) => IsPlaceholder(token) || IsLiteral(token) || token == ".";

    /// <summary>How many leading tokens belong to a number (placeholders, literals, the point, [conditions]).</summary>
    private static int NumberTokens(List<string> tokens)
    {
        var index = 0;
        while (index < tokens.Count && (IsNumberLiteral(tokens[index]) || tokens[index].StartsWith('[')))
        {
            index++;
        }

        return index;
    }

    private static bool IsExponential(List<string> tokens)
    {
        var count = NumberTokens(tokens);
        return count > 0 && count < tokens.Count
            && (tokens[count].Equals("e+", StringComparison.OrdinalIgnoreCase) || tokens[count].Equals("e-", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A "/" followed, before any other placeholder, by a placeholder or a constant denominator.</summary>
    private static bool IsFraction(List<string> tokens)
    {
        var slash = tokens.IndexOf("/");
        if (slash < 0)
        {
            return false;
        }

        for (var i = slash + 1; i < tokens.Count; i++)
        {
            if (IsPlaceholder(tokens[i]))
            {
                return true;
            }

            if (IsDigit19(tokens[i]))
            {
                // The constant denominator is parsed as an int there; one too long throws, as it did.
                var digits = string.Concat(tokens.Skip(i).TakeWhile(t => t == "0" || IsDigit19(t)));
                _ = int.Parse(digits, CultureInfo.InvariantCulture);
                return true;
            }
        }

        return false;
    }
}
