using Zmd.Vocational.TestKit;
using System.Net;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>Uploads: a clean file becomes the draft; a file with any error stores nothing, lists every error precisely
/// and leaves the previous draft as it was.</summary>
public sealed class FilingUploadTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task One_bad_row_among_thousands_stores_nothing_and_is_reported_precisely()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var first = await UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(50)));
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var stored = await first.ReadAsync<ImportResultDto>();
        stored.Stored.ShouldBeTrue();
        stored.RowCount.ShouldBe(50);
        stored.Filing!.State.ShouldBe(FilingState.Draft);

        // Row 1234 of the data (line 1235 of the file) has a wrong check digit.
        var good = RosterFiles.IdNumber(new DateOnly(2008, 5, 5), 7);
        var bad = good[..17] + (good[17] == '1' ? '2' : '1');
        var csv = RosterFiles.Students(3000, row: n => n == 1234 ? RosterFiles.StudentRow(n, idOverride: bad) : RosterFiles.StudentRow(n));
        var refused = await UploadAsync(filer, "students", RosterFiles.Utf8(csv), fileName: "在校生名册.csv");
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var result = await refused.BodyAsync<ImportResultDto>();
        result.Stored.ShouldBeFalse();
        result.ErrorCount.ShouldBeGreaterThanOrEqualTo(1);
        var error = result.Errors.Single(e => e.Code == FilingErrorCodes.InvalidIdNumber);
        error.File.ShouldBe("在校生名册.csv");
        error.Row.ShouldBe(1235);
        error.Column.ShouldBe("身份证号");
        error.Message.ShouldContain("身份证号");
        result.ErrorReportId.ShouldNotBeNull();

        var report = await filer.GetAsync($"/api/filing/reports/{result.ErrorReportId}");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        report.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var filing = await FilingAsync(filer, "students");
        filing.RowCount.ShouldBe(50, "the refused file changed nothing");
        filing.Version.ShouldBe(1);
    }

    [Fact]
    public async Task Gb18030_csv_imports_the_same_as_utf8()
    {
        using var filer = await fixture.App.LoginAsync("filer2");
        var csv = RosterFiles.Teachers(20);
        (await UploadAsync(filer, "teachers", RosterFiles.Utf8(csv, bom: true), SchoolB)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await fixture.App.LoginAsync("admin");
        var id = (await FilingAsync(admin, "teachers", SchoolB)).Id;
        var fromUtf8 = await admin.GetStringAsync($"/api/filing/filings/{id}/preview?take=100");

        var gb = await UploadAsync(filer, "teachers", RosterFiles.Gb18030(csv), SchoolB, "教师名册.csv");
        gb.StatusCode.ShouldBe(HttpStatusCode.OK, await gb.Content.ReadAsStringAsync());
        var fromGb = await admin.GetStringAsync($"/api/filing/filings/{id}/preview?take=100");
        fromGb.ShouldBe(fromUtf8);
        fromGb.ShouldContain("教师1");
        (await FilingAsync(admin, "teachers", SchoolB)).Version.ShouldBe(2);
    }

    [Fact]
    public async Task Domain_rules_of_students_are_checked_row_by_row()
    {
        using var filer = await fixture.App.LoginAsync("college");
        const string school = "5141170001";
        var id = RosterFiles.IdNumber(new DateOnly(2007, 3, 3), 11);
        var rows = new[]
        {
            RosterFiles.StudentRow(1),
            // birth date differs from the ID number's
            RosterFiles.StudentRow(2, idOverride: RosterFiles.IdNumber(new DateOnly(2006, 1, 1), 21)),
            // same student number as row 1
            RosterFiles.StudentRow(1, idOverride: id).Replace("S000001,", "S000001,", StringComparison.Ordinal),
            // unknown major, unknown level
            RosterFiles.StudentRow(4, major: "999999", level: "博士"),
        };
        var csv = RosterFiles.StudentHeader + "\n" + string.Join('\n', rows) + "\n";
        var result = await (await UploadAsync(filer, "students", RosterFiles.Utf8(csv), school)).BodyAsync<ImportResultDto>();
        result.Stored.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Row == 3 && e.Code == "Enrolment:BirthDateMismatch");
        result.Errors.ShouldContain(e => e.Row == 4 && e.Code == FilingErrorCodes.DuplicateInFile && e.Column == "学号");
        result.Errors.ShouldContain(e => e.Row == 5 && e.Code == FilingErrorCodes.NotInCodeList && e.Column == "专业代码");
        result.Errors.ShouldContain(e => e.Row == 5 && e.Code == FilingErrorCodes.NotInCodeList && e.Column == "培养层次");
        (await filer.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Year}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Template_is_an_xlsx_with_the_datasets_headers()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var response = await filer.GetAsync("/api/filing/datasets/students/template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..2].ShouldBe("PK"u8.ToArray());
        var datasets = await filer.GetJsonAsync<List<DatasetDto>>("/api/filing/datasets");
        datasets.Select(d => d.Code).ShouldContain("students");
        datasets.Select(d => d.Code).ShouldContain("teachers");
    }

    [Fact]
    public async Task Preview_masks_id_numbers_unless_the_user_may_see_them()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var csv = RosterFiles.Teachers(3);
        (await UploadAsync(filer, "teachers", RosterFiles.Utf8(csv))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = (await FilingAsync(filer, "teachers")).Id;
        var fullId = csv.Split('\n')[1].Split(',')[2];

        var masked = await filer.GetJsonAsync<FilingPreviewDto>($"/api/filing/filings/{id}/preview");
        masked.Masked.ShouldBeTrue();
        string.Join(",", masked.Rows.SelectMany(r => r)).ShouldNotContain(fullId);
        masked.Rows[0][2].ShouldBe(fullId[..6] + "********" + fullId[14..]);

        using var admin = await fixture.App.LoginAsync("admin");
        var full = await admin.GetJsonAsync<FilingPreviewDto>($"/api/filing/filings/{id}/preview");
        full.Masked.ShouldBeFalse();
        full.Rows[0][2].ShouldBe(fullId);
    }
}
