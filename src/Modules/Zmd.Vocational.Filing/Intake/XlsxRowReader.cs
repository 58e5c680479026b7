using System.Globalization;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Streams the first worksheet of a workbook as raw rows, with <see cref="XlsxSheetReader"/> (zip + XmlReader,
/// no spreadsheet library): the n-th row yielded is row n in Excel, skipped rows included as empty ones. Values come out
/// as MiniExcel, the previous reader, gave them to the import. A file that is not a readable xlsx (corrupt, truncated,
/// another format renamed, a zip bomb) is refused with <see cref="UploadFile.Unsupported"/>, at open or midway.</summary>
internal static class XlsxRowReader
{
    public static IEnumerable<RawRow> Read(string path, string fileName, CancellationToken ct)
    {
        using var sheet = Open(path, fileName);
        while (true)
        {
            var row = Next(sheet, fileName);
            if (row is null)
            {
                yield break;
            }

            if ((row.Number & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            yield return row;
        }
    }

    private static XlsxSheetReader Open(string path, string fileName)
    {
        try
        {
            return XlsxSheetReader.Open(path);
        }
        catch (Exception ex) when (IsCorruptFile(ex))
        {
            throw Refusal(ex, fileName);
        }
    }

    /// <summary>The next row, or null at the end. A zip or XML fault shows up here, on the first row or midway: a corrupt
    /// or truncated file, or another format renamed .xlsx.</summary>
    private static RawRow? Next(XlsxSheetReader sheet, string fileName)
    {
        try
        {
            return sheet.Next();
        }
        catch (Exception ex) when (IsCorruptFile(ex))
        {
            throw Refusal(ex, fileName);
        }
    }

    /// <summary>A zip bomb is named as one, with the size it declares (which proves it was refused before inflating);
    /// anything else is "not a readable xlsx".</summary>
    private static BusinessException Refusal(Exception ex, string fileName) => ex switch
    {
        XlsxPartTooLargeException part => new BusinessException(FilingErrorCodes.WorkbookTooLarge, ErrorKind.Validation, new Dictionary<string, object?>
        {
            ["file"] = fileName,
            ["part"] = part.Part,
            ["size"] = part.Declared / (1024 * 1024),
            ["ratio"] = part.Declared / Math.Max(part.Compressed, 1),
        }),
        XlsxTooManyPartsException parts => new BusinessException(FilingErrorCodes.WorkbookTooManyParts, ErrorKind.Validation, new Dictionary<string, object?>
        {
            ["file"] = fileName,
            ["count"] = parts.Count,
            ["max"] = XlsxPackage.MaxParts,
        }),
        _ => UploadFile.Unsupported(fileName),
    };

    private static bool IsCorruptFile(Exception ex) => ex is not (OperationCanceledException or BusinessException or OutOfMemoryException);
}

/// <summary>A typed cell turned back into the text the user typed. Numbers are printed as Excel shows them (at most 15
/// significant digits, never in exponent form below 10^15); dates as yyyy-MM-dd.</summary>
internal static class ExcelCellText
{
    /// <summary>Excel keeps 15 significant digits: a whole number of 16 or more digits typed as a number has already
    /// lost its last digits (an ID number 411702200109011234 is stored as 411702200109011000).</summary>
    private const double ExactLimit = 1e15;

    /// <summary>OLE Automation dates lie strictly between these (as MiniExcel checked before converting).</summary>
    private const double OaDateMin = -657435.0;
    private const double OaDateMax = 2958466.0;

    public static string Number(double d, out bool lostPrecision)
    {
        if (Math.Abs(d) >= ExactLimit || double.IsNaN(d) || double.IsInfinity(d))
        {
            lostPrecision = true;
            return d.ToString(CultureInfo.InvariantCulture);
        }

        lostPrecision = false;

        // The double → decimal conversion rounds to 15 significant digits, as Excel displays: 0.30000000000000004 → 0.3.
        return ((decimal)d).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Digits only, at most 15 and without a leading zero: <see cref="Number"/> would print them unchanged.</summary>
    public static bool IsPlainInteger(string text)
    {
        if (text.Length is 0 or > 15 || (text[0] == '0' && text.Length > 1))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsOaDate(double d) => d is > OaDateMin and < OaDateMax;

    public static string Date(DateTime dt) =>
        dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Time(TimeSpan time) => time.ToString(null, CultureInfo.InvariantCulture);

    public static string Boolean(bool b) => b ? "TRUE" : "FALSE";
}
