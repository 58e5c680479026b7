using System.Text;
using MiniExcelLibs;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

public sealed class ErrorReportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(UploadFile File, ValidationOutcome Outcome)> RefusedAsync(List<string[]> dataRows, string[]? header = null)
    {
        var rows = new List<IReadOnlyList<string?>> { header ?? TestData.Headers };
        rows.AddRange(dataRows);
        var file = new UploadFile(_folder.WriteCsv("upload.csv", rows, new UTF8Encoding(false)), "学生名册.csv");
        var outcome = await new UploadValidator(new FakeHandler(), TestMessages.Context(), TestMessages.Format).ValidateAsync(file, default);
        return (file, outcome);
    }

    private static List<string[]> ReadBack(string path) =>
        MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v?.ToString() ?? "").ToArray())
            .ToList();

    [Fact]
    public async Task Every_row_keeps_its_cells_and_gets_its_messages_in_a_last_column()
    {
        var rows = Enumerable.Range(1, 5).Select(TestData.Row).ToList();
        rows[1][6] = "x";
        rows[1][3] = "?";
        rows[3][0] = rows[0][0];
        var (file, outcome) = await RefusedAsync(rows);
        using var _ = outcome;
        var path = _folder.File("report.xlsx");

        ErrorReportWriter.Write(path, file, outcome, default);

        var report = ReadBack(path);
        report.Count.ShouldBe(6);
        report[0].ShouldBe([.. TestData.Headers, "错误说明"]);
        report[1][..^1].ShouldBe(rows[0]);
        report[1][^1].ShouldBe("");
        report[2][^1].ShouldBe(FilingErrorCodes.NotInCodeList + "{allowed=男、女,file=学生名册.csv,header=性别,value=?}；"
            + FilingErrorCodes.NotInteger + "{file=学生名册.csv,header=入学年份,value=x}");
        report[4][^1]!.ShouldStartWith(FilingErrorCodes.DuplicateInFile);
        report[3][2].ShouldBe(rows[2][2], "ID numbers keep all 18 digits as text");
    }

    [Fact]
    public async Task Header_errors_go_into_the_header_rows_error_cell()
    {
        var (file, outcome) = await RefusedAsync([TestData.Row(1)], [.. TestData.Headers, "备注"]);
        using var _ = outcome;
        var path = _folder.File("report.xlsx");

        ErrorReportWriter.Write(path, file, outcome, default);

        ReadBack(path)[0][^1]!.ShouldStartWith("错误说明：" + FilingErrorCodes.UnknownHeader);
    }

    [Fact]
    public async Task A_report_opens_only_for_users_of_its_school()
    {
        var rows = new List<string[]> { TestData.Row(1) };
        rows[0][6] = "x";
        var (file, outcome) = await RefusedAsync(rows);
        using var _ = outcome;
        var school = Guid.NewGuid();
        var reports = new ErrorReports(_folder.File("reports"));

        var id = reports.Write(file, outcome, school, DateTime.UtcNow, default);

        var own = reports.Open(id, FakeUser.SchoolFiler(school)).ShouldNotBeNull();
        own.FileName.ShouldBe("学生名册_错误说明.xlsx");
        await own.Content.DisposeAsync();
        var bureau = reports.Open(id, FakeUser.Bureau()).ShouldNotBeNull();
        await bureau.Content.DisposeAsync();
        reports.Open(id, FakeUser.SchoolFiler(Guid.NewGuid())).ShouldBeNull();
        reports.Open("../../etc/passwd", FakeUser.Bureau()).ShouldBeNull();
        reports.Open(Guid.NewGuid().ToString("N"), FakeUser.Bureau()).ShouldBeNull();
    }
}
