using System.IO.Compression;
using System.Text;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests.Hostile;

/// <summary>The error report of a hostile file is still a workbook Excel opens: at most 16,384 columns, cells of at most
/// 32,767 characters (Excel's own limits; a longer cell cannot be opened, and the refused value is in the error list).</summary>
public sealed class HostileErrorReportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<string> ReportAsync(List<IReadOnlyList<string?>> rows)
    {
        var file = new UploadFile(_folder.WriteCsv("upload.csv", rows, new UTF8Encoding(false)), "学生名册.csv");
        using var outcome = await new UploadValidator(new FakeHandler(), TestMessages.Context(), TestMessages.Format).ValidateAsync(file, default);
        outcome.IsValid.ShouldBeFalse();
        var path = _folder.File("report.xlsx");
        ErrorReportWriter.Write(path, file, outcome, default);
        return path;
    }

    private static string Sheet(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task A_cell_of_a_million_characters_is_cut_to_excels_limit()
    {
        var row = TestData.Row(1);
        row[1] = new string('x', 1024 * 1024);
        var sheet = Sheet(await ReportAsync([TestData.Headers, row]));
        sheet.Length.ShouldBeLessThan(512 * 1024);
        sheet.ShouldContain(new string('x', ErrorReportWriter.MaxCellLength - 1) + "…");
    }

    [Fact]
    public async Task A_header_wider_than_excel_is_cut_to_its_last_column()
    {
        var header = TestData.Headers.Concat(Enumerable.Range(1, 20_000).Select(i => "列" + i)).ToArray();
        var sheet = Sheet(await ReportAsync([header, TestData.Row(1)]));
        sheet.ShouldContain("列" + (ErrorReportWriter.MaxColumns - 1 - TestData.Headers.Length));
        sheet.ShouldNotContain("列" + (ErrorReportWriter.MaxColumns - TestData.Headers.Length) + "<");
    }
}
