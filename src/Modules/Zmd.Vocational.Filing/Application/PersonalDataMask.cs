using Zmd.Vocational.Core.Validation;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.Filing.Application;

/// <summary>How a cell is masked: as what it is (but an ID number in it is still masked), as an ID number, as a date shown
/// by its year, or hidden whole (a column of a file that is no column of the dataset: it may hold anything).</summary>
internal enum MaskKind
{
    Plain = 0,
    IdNumber = 1,
    YearOnly = 2,
    Hidden = 3,
}

/// <summary>The one rule for a cell shown to someone who may not see personal data (no
/// <see cref="FilingPermissions.ViewPersonalData"/>): previews, error lists, error reports. A resident ID number keeps
/// its area and last four characters (411729********3192) — and a mask is worth nothing beside what rebuilds it, so a
/// column marked <see cref="DatasetColumn.RevealsIdNumber"/> (the birth date, digits 7–14) shows its year only. A text
/// that is itself a valid ID number is masked in whatever column it stands (a student number copied from the ID).</summary>
internal static class PersonalDataMask
{
    /// <summary>What stands for a hidden cell.</summary>
    public const string Hidden = "***";

    public static MaskKind KindOf(DatasetColumn? column) => column switch
    {
        { Type: ColumnType.IdNumber } => MaskKind.IdNumber,
        { RevealsIdNumber: true } => MaskKind.YearOnly,
        _ => MaskKind.Plain,
    };

    /// <param name="column">The dataset column the text belongs to; null when unknown (a row-level message).</param>
    public static string? Text(DatasetColumn? column, string? text) => Text(KindOf(column), text);

    public static string? Text(MaskKind kind, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        return kind switch
        {
            MaskKind.Hidden => Hidden,
            MaskKind.IdNumber => ResidentIdNumber.Mask(text),
            _ when IsIdNumber(text) => ResidentIdNumber.Mask(text),
            MaskKind.YearOnly => YearOnly(text),
            _ => text,
        };
    }

    /// <summary>A date with every digit but its year's starred: "2008-09-15" → "2008-**-**", "2008年9月15日" → "2008年*月**日",
    /// "20080915" → "2008****". Text that does not start with a year (15/09/2008, an Excel serial number) keeps none of its
    /// digits, nor any Chinese numeral left unconverted. No parsing: the same for a stored date, a valid cell and a cell the pipeline refused.</summary>
    public static string YearOnly(string text)
    {
        var s = ChineseNumerals.HasAny(text) ? ChineseNumerals.DateToDigits(text) : TextCleaner.ToHalfWidth(text);
        var yearFirst = s.Length >= 4 && s.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0
            && (s.Length == 4 || !char.IsAsciiDigit(s[4]) || (s.Length == 8 && s.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0));
        var kept = yearFirst ? 4 : 0;
        return string.Create(s.Length, (s, kept), static (dest, state) =>
        {
            for (var i = 0; i < dest.Length; i++)
            {
                var c = state.s[i];
                dest[i] = i >= state.kept && (char.IsAsciiDigit(c) || ChineseNumerals.IsNumeral(c)) ? '*' : c;
            }
        });
    }

    /// <summary>A real resident ID number: 18 characters, the right check character, a real birth date.</summary>
    public static bool IsIdNumber(string text)
    {
        if (text.Length is < 18 or > 40)
        {
            return false;
        }

        var id = TextCleaner.Trim(TextCleaner.ToHalfWidth(text));
        return id is { Length: 18 } && ResidentIdNumber.HasValidCheckDigit(id) && ResidentIdNumber.BirthDate(id) is not null;
    }
}
