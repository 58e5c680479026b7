using MiniExcelLibs;
using Zmd.Vocational.Core.Spreadsheets;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Writes the refused file back as an xlsx the user can fix in place: every row with its original cells, rows
/// at the same numbers as in their file, plus a last column 错误说明 with that row's messages joined by "；". Streams
/// with MiniExcel: the file is read again row by row and the messages come from the error log's spill, both in row
/// order. Every cell goes through <see cref="SafeCell"/>: the user's text never turns into a formula.</summary>
internal static class ErrorReportWriter
{
    public const string ErrorColumn = HeaderMapper.ErrorColumnHeader;
    private const string ErrorKey = "err";

    /// <summary>Excel's limits: 16,384 columns (one of them the error column) and 32,767 characters in a cell. A hostile
    /// file goes past both; a report beyond them could not be written (MiniExcel throws) nor opened.</summary>
    public const int MaxColumns = 16_384;
    public const int MaxCellLength = 32_767;

    public static void Write(string path, UploadFile file, ValidationOutcome outcome, CancellationToken ct)
    {
        var width = WidthOf(outcome);
        var keys = Enumerable.Range(0, width).Select(i => "c" + i).ToArray();
        MiniExcel.SaveAs(path, Rows(file, outcome, keys, ct), printHeader: false, sheetName: "错误说明", excelType: ExcelType.XLSX,
            overwriteFile: true);
    }

    /// <summary>How many of the file's columns the report keeps: as wide as the header row (cells beyond it belong to no
    /// column and were not checked either), within Excel's limit.</summary>
    public static int WidthOf(ValidationOutcome outcome) => Math.Clamp(outcome.Header.Cells.Length, 1, MaxColumns - 1);

    private static IEnumerable<Dictionary<string, object?>> Rows(UploadFile file, ValidationOutcome outcome, string[] keys, CancellationToken ct)
    {
        using var messages = outcome.Errors.RowMessages().GetEnumerator();
        var hasMessage = messages.MoveNext();
        var pendingBlank = 0;
        foreach (var row in file.ReadRows(ct))
        {
            // Blank rows are kept (so row numbers match the error list) unless nothing follows them: Excel often
            // carries thousands of formatted empty rows at the end of a sheet.
            if (row.IsBlank && row.Number != outcome.Header.Number)
            {
                pendingBlank++;
                continue;
            }

            for (; pendingBlank > 0; pendingBlank--)
            {
                yield return Row(keys, null, null);
            }

            if (row.Number == outcome.Header.Number)
            {
                var headerErrors = outcome.Errors.HeaderMessages;
                yield return Row(keys, row, headerErrors.Count == 0 ? ErrorColumn : ErrorColumn + "：" + string.Join("；", headerErrors));
                continue;
            }

            var rowMessages = new List<string>();
            while (hasMessage && messages.Current.Row <= row.Number)
            {
                if (messages.Current.Row == row.Number)
                {
                    rowMessages.Add(messages.Current.Message);
                }

                hasMessage = messages.MoveNext();
            }

            yield return Row(keys, row, rowMessages.Count == 0 ? null : string.Join("；", rowMessages));
        }
    }

    private static Dictionary<string, object?> Row(string[] keys, RawRow? row, string? errors)
    {
        var cells = new Dictionary<string, object?>(keys.Length + 1);
        for (var i = 0; i < keys.Length; i++)
        {
            cells[keys[i]] = Fit(SafeCell.Text(row?.Cell(i)));
        }

        // Messages quote the user's values; they go through the same guard as the cells (SafeCell: no formula ever).
        cells[ErrorKey] = Fit(SafeCell.Text(errors));
        return cells;
    }

    /// <summary>At most <see cref="MaxCellLength"/> characters, the cut marked with "…".</summary>
    private static string? Fit(string? value) =>
        value is { Length: > MaxCellLength } ? string.Concat(value.AsSpan(0, MaxCellLength - 1), "…") : value;
}
