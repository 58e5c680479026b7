namespace Zmd.Vocational.Core.Spreadsheets;

/// <summary>Text a user supplied, made safe to put in a spreadsheet cell we hand back to someone (OWASP "CSV
/// injection"): a cell starting with = + - @, a tab or a carriage return could be taken as a formula by Excel, WPS or
/// LibreOffice once the file is opened, edited or saved as CSV, so it gets a leading single quote and stays text.
/// Plain negative numbers ("-5", "-0.5") are left alone, so a fixed error report can be uploaded again; anything
/// else after the sign ("+8613800138000", "-2+3") is neutralised.</summary>
public static class SafeCell
{
    public const char Quote = '\'';

    public static string? Text(string? value)
    {
        if (string.IsNullOrEmpty(value) || !StartsDangerously(value[0]) || IsPlainNegativeNumber(value))
        {
            return value;
        }

        return Quote + value;
    }

    private static bool StartsDangerously(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>"-" then digits with at most one decimal point between digits: what a spreadsheet reads as a number.</summary>
    private static bool IsPlainNegativeNumber(string value)
    {
        if (value.Length < 2 || value[0] != '-')
        {
            return false;
        }

        var digits = 0;
        var points = 0;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && digits > 0 && points == 0 && i < value.Length - 1)
            {
                points++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }
}
