using System.Globalization;
using MiniExcelLibs;
using Zmd.Vocational.Core.Errors;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Streams the first sheet of a workbook with MiniExcel as raw rows. MiniExcel yields one dictionary per row
/// (keys "A", "B", …), filling skipped rows with empty ones, so the n-th row yielded is row n in Excel.</summary>
internal static class XlsxRowReader
{
    public static IEnumerable<RawRow> Read(string path, string fileName, CancellationToken ct)
    {
        using var rows = Open(path, fileName);
        var number = 0;
        while (true)
        {
            var values = Next(rows, fileName);
            if (values is null)
            {
                yield break;
            }

            number++;
            if ((number & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            yield return ToRawRow(number, values);
        }
    }

    private static IEnumerator<object> Open(string path, string fileName)
    {
        try
        {
            IEnumerable<object> rows = MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX);
            return rows.GetEnumerator();
        }
        catch (Exception ex) when (IsCorruptFile(ex))
        {
            throw UploadFile.Unsupported(fileName);
        }
    }

    /// <summary>The next row's cells, or null at the end. A zip or XML fault shows up here, on the first row or midway:
    /// a corrupt or truncated file, or another format renamed .xlsx.</summary>
    private static IDictionary<string, object?>? Next(IEnumerator<object> rows, string fileName)
    {
        try
        {
            return rows.MoveNext() ? (IDictionary<string, object?>)rows.Current : null;
        }
        catch (Exception ex) when (IsCorruptFile(ex))
        {
            throw UploadFile.Unsupported(fileName);
        }
    }

    private static bool IsCorruptFile(Exception ex) => ex is not (OperationCanceledException or BusinessException or OutOfMemoryException);

    private static RawRow ToRawRow(int number, IDictionary<string, object?> values)
    {
        var cells = new string?[values.Count];
        List<int>? lost = null;
        foreach (var (key, value) in values)
        {
            var index = ColumnIndex(key);
            if (index < 0 || index >= cells.Length)
            {
                continue;
            }

            cells[index] = ExcelCellText.Of(value, out var lostPrecision);
            if (lostPrecision)
            {
                (lost ??= []).Add(index);
            }
        }

        return new RawRow(number, cells, lost);
    }

    /// <summary>"A" → 0, "AB" → 27.</summary>
    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            if (c is < 'A' or > 'Z')
            {
                return -1;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}

/// <summary>A typed cell turned back into the text the user typed. Numbers are printed as Excel shows them (at most 15
/// significant digits, never in exponent form below 10^15); dates as yyyy-MM-dd.</summary>
internal static class ExcelCellText
{
    /// <summary>Excel keeps 15 significant digits: a whole number of 16 or more digits typed as a number has already
    /// lost its last digits (an ID number 411702200109011234 is stored as 411702200109011000).</summary>
    private const double ExactLimit = 1e15;

    public static string? Of(object? value, out bool lostPrecision)
    {
        lostPrecision = false;
        switch (value)
        {
            case null:
                return null;
            case string s:
                return s;
            case double d:
                if (Math.Abs(d) >= ExactLimit || double.IsNaN(d) || double.IsInfinity(d))
                {
                    lostPrecision = true;
                    return d.ToString(CultureInfo.InvariantCulture);
                }

                // The double → decimal conversion rounds to 15 significant digits, as Excel displays: 0.30000000000000004 → 0.3.
                return ((decimal)d).ToString(CultureInfo.InvariantCulture);
            case DateTime dt:
                return dt.TimeOfDay == TimeSpan.Zero
                    ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            case bool b:
                return b ? "TRUE" : "FALSE";
            case IFormattable f:
                return f.ToString(null, CultureInfo.InvariantCulture);
            default:
                return value.ToString();
        }
    }
}
