using MiniExcelLibs;
using Zmd.Vocational.Core.Spreadsheets;
using Zmd.Vocational.Filing.Application;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>An error report as someone sees it who neither uploaded the file nor may see personal data: the same workbook
/// with every data cell through <see cref="PersonalDataMask"/> by the kind of its column — ID numbers masked, the birth
/// date as its year, a column the dataset does not know hidden (it may hold anything) — so it shows no more than the
/// filing's preview would. The header row and the 错误说明 column (messages quote values already masked) stay as written,
/// save an ID number in them.</summary>
internal static class MaskedErrorReport
{
    /// <summary>The kind of every column of the report written for <paramref name="outcome"/>: the file's columns as far as
    /// the header spans (as <see cref="ErrorReportWriter"/> writes them), then the error column.</summary>
    public static MaskKind[] ColumnsOf(DatasetDefinition dataset, ValidationOutcome outcome)
    {
        // The mapping of a header with errors is still known column by column (an unknown header maps to nothing).
        var map = outcome.Converter?.Map ?? HeaderMapper.Map(dataset, outcome.Header.Cells).Map;
        var width = ErrorReportWriter.WidthOf(outcome);
        var kinds = Enumerable.Repeat(MaskKind.Hidden, width + 1).ToArray();
        for (var c = 0; c < dataset.Columns.Count; c++)
        {
            if (map.FileIndex[c] is var f && f >= 0 && f < width)
            {
                kinds[f] = PersonalDataMask.KindOf(dataset.Columns[c]);
            }
        }

        kinds[width] = MaskKind.Plain;
        return kinds;
    }

    /// <summary>Writes the masked copy of the report at <paramref name="reportPath"/> to <paramref name="target"/>.</summary>
    /// <param name="headerRow">The header row's number: it and the blank rows above it are not data.</param>
    public static void Write(string reportPath, string target, int headerRow, IReadOnlyList<MaskKind> columns, CancellationToken ct)
    {
        var keys = Enumerable.Range(0, columns.Count).Select(i => "c" + i).ToArray();
        MiniExcel.SaveAs(target, Rows(reportPath, headerRow, columns, keys, ct), printHeader: false, sheetName: ErrorReportWriter.ErrorColumn,
            excelType: ExcelType.XLSX, overwriteFile: true);
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(string reportPath, int headerRow, IReadOnlyList<MaskKind> columns, string[] keys,
        CancellationToken ct)
    {
        foreach (var row in XlsxRowReader.Read(reportPath, Path.GetFileName(reportPath), ct))
        {
            var cells = new Dictionary<string, object?>(keys.Length);
            for (var i = 0; i < keys.Length; i++)
            {
                var kind = row.Number > headerRow ? columns[i] : MaskKind.Plain;
                cells[keys[i]] = SafeCell.Text(PersonalDataMask.Text(kind, row.Cell(i)));
            }

            yield return cells;
        }
    }
}
