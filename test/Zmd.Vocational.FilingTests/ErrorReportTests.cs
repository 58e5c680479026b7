using System.Text;
using MiniExcelLibs;
using Zmd.Vocational.Filing.Application;
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

        var id = reports.Write(file, outcome, TestData.Dataset, school, Guid.NewGuid(), DateTime.UtcNow, default);

        var own = reports.Open(id, FakeUser.SchoolFiler(school), showPersonalData: false).ShouldNotBeNull();
        own.FileName.ShouldBe("学生名册_错误说明.xlsx");
        await own.Content.DisposeAsync();
        var bureau = reports.Open(id, FakeUser.Bureau(), showPersonalData: false).ShouldNotBeNull();
        await bureau.Content.DisposeAsync();
        reports.Open(id, FakeUser.SchoolFiler(Guid.NewGuid()), showPersonalData: true).ShouldBeNull();
        reports.Open("../../etc/passwd", FakeUser.Bureau(), showPersonalData: true).ShouldBeNull();
        reports.Open(Guid.NewGuid().ToString("N"), FakeUser.Bureau(), showPersonalData: true).ShouldBeNull();
    }

    /// <summary>Row 2 is clean; row 3 has a bad entry year, so its whole person (ID number, birth date) is in the report.</summary>
    private async Task<(ErrorReports Reports, string Id, Guid School, FakeUser Uploader, string[] Person)> PersonalReportAsync(string[]? header = null,
        Func<string[], string[]>? shape = null)
    {
        var rows = new List<string[]> { TestData.Row(1), TestData.Row(2) };
        rows[1][6] = "x";
        rows = rows.Select(r => shape?.Invoke(r) ?? r).ToList();
        var (file, outcome) = await RefusedAsync(rows, header);
        using var _ = outcome;
        var school = Guid.NewGuid();
        var uploader = FakeUser.SchoolFiler(school);
        var reports = new ErrorReports(_folder.File("reports"));
        var id = reports.Write(file, outcome, TestData.Dataset, school, uploader.UserId, DateTime.UtcNow, default);
        return (reports, id, school, uploader, rows[1]);
    }

    private static List<string[]> Read((string FileName, Stream Content)? opened)
    {
        var report = opened.ShouldNotBeNull();
        using var content = report.Content;
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return MiniExcel.Query(copy, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v?.ToString() ?? "").ToArray())
            .ToList();
    }

    [Fact]
    public async Task Its_uploader_and_who_may_see_personal_data_get_the_report_as_written_anyone_else_masked()
    {
        var (reports, id, school, uploader, person) = await PersonalReportAsync();
        var birth = TestData.Dataset.IndexOf("BirthDate");
        var idColumn = TestData.Dataset.IndexOf("IdNumber");

        var written = Read(reports.Open(id, uploader, showPersonalData: false));
        written[2][idColumn].ShouldBe(person[idColumn]);
        written[2][birth].ShouldBe("2008-09-15");
        Read(reports.Open(id, FakeUser.Bureau(), showPersonalData: true)).ShouldBe(written);

        foreach (var reader in new[] { FakeUser.SchoolFiler(school), FakeUser.Bureau() })
        {
            var masked = Read(reports.Open(id, reader, showPersonalData: false));
            masked.Count.ShouldBe(written.Count);
            masked[0].ShouldBe(written[0], "the header row as written");
            masked[2][idColumn].ShouldBe(person[idColumn][..6] + "********" + person[idColumn][14..]);
            masked[2][birth].ShouldBe("2008-**-**");
            masked[2][^1].ShouldBe(written[2][^1], "the messages quote no personal data to begin with");
            masked[1][0].ShouldBe(written[1][0], "other cells as written");
            string.Concat(masked.SelectMany(r => r)).ShouldNotContain("09-15");
            string.Concat(masked.SelectMany(r => r)).ShouldNotContain(person[idColumn]);
        }
    }

    [Fact]
    public async Task A_column_the_dataset_does_not_know_is_hidden_from_who_may_not_see_personal_data()
    {
        string[] header = [.. TestData.Headers, "生日"];
        var (reports, id, _, uploader, person) = await PersonalReportAsync(header, r => [.. r, "2008年9月15日"]);

        var written = Read(reports.Open(id, uploader, showPersonalData: false));
        written[2][header.Length - 1].ShouldBe("2008年9月15日");
        var masked = Read(reports.Open(id, FakeUser.Bureau(), showPersonalData: false));
        masked[0][header.Length - 1].ShouldBe("生日");
        masked[2][header.Length - 1].ShouldBe(PersonalDataMask.Hidden);
        masked[2][TestData.Dataset.IndexOf("BirthDate")].ShouldBe("2008-**-**", "known columns are masked even when the header was refused");
        masked[2][0].ShouldBe(person[0]);
    }

    [Fact]
    public async Task A_report_kept_from_before_masks_opens_only_for_who_may_see_personal_data()
    {
        var (reports, id, school, uploader, _) = await PersonalReportAsync();
        var sidecar = Path.Combine(reports.Directory, id + ".json");
        File.WriteAllText(sidecar, $$"""{"SchoolId":"{{school}}","FileName":"学生名册_错误说明.xlsx","CreatedAt":"2026-01-01T00:00:00Z"}""");

        reports.Open(id, uploader, showPersonalData: false).ShouldBeNull("who uploaded it was not recorded");
        reports.Open(id, FakeUser.Bureau(), showPersonalData: false).ShouldBeNull();
        Read(reports.Open(id, FakeUser.Bureau(), showPersonalData: true)).Count.ShouldBe(3);
    }
}
