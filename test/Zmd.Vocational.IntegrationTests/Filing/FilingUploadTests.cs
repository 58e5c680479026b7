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
    public async Task A_student_filed_by_one_school_cannot_be_filed_by_another_and_the_other_school_is_not_named()
    {
        var shared = RosterFiles.IdNumber(new DateOnly(2008, 1, 1).AddDays(301), 301, "411721");
        var csv = RosterFiles.StudentHeader + "\n" + RosterFiles.StudentRow(301, idOverride: shared) + "\n";
        using (var a = await fixture.App.LoginAsync("admin"))
        {
            // The bureau loads school B's roster (admin may upload for any school).
            var loaded = await UploadAsync(a, "students", RosterFiles.Utf8(csv), SchoolB);
            loaded.StatusCode.ShouldBe(HttpStatusCode.OK, await loaded.Content.ReadAsStringAsync());
        }

        using var college = await fixture.App.LoginAsync("college");
        var result = await (await UploadAsync(college, "students", RosterFiles.Utf8(csv.Replace("S000301", "C000301", StringComparison.Ordinal)), "5141170001")).BodyAsync<ImportResultDto>();
        result.Stored.ShouldBeFalse("the colliding roster was rolled back");
        (await college.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Year}")).ShouldNotContain(f => f.DatasetCode == "students");
        var error = result.Errors.Single(e => e.Code == FilingErrorCodes.FiledByOtherSchool);
        error.Row.ShouldBe(2);
        error.Message.ShouldNotContain("驻马店职业技术学院");
        error.Value.ShouldNotBe(shared, "ID numbers are masked in error lists");
    }

    [Fact]
    public async Task A_roster_too_large_to_look_up_id_by_id_is_checked_against_other_schools_as_well()
    {
        // Over the handler's look-up limit (20,000), so the check runs as one join over the year. ID numbers unique within
        // the file and apart from other tests' (counties 411722–411724; a county's birth days × sequences repeat after 9,000).
        const int rows = 20_100;
        static string Id(int n) => RosterFiles.IdNumber(new DateOnly(2008, 1, 1).AddDays(n % 900), n, "41172" + (2 + n / 9000));
        var shared = Id(15_000);
        using (var a = await fixture.App.LoginAsync("admin"))
        {
            var loaded = await UploadAsync(a, "students", RosterFiles.Utf8(RosterFiles.StudentHeader + "\n" + RosterFiles.StudentRow(15_000, idOverride: shared) + "\n"), SchoolB);
            loaded.StatusCode.ShouldBe(HttpStatusCode.OK, await loaded.Content.ReadAsStringAsync());
        }

        using var college = await fixture.App.LoginAsync("college");
        var csv = RosterFiles.Students(rows, row: n => RosterFiles.StudentRow(n, idOverride: Id(n)));
        var result = await (await UploadAsync(college, "students", RosterFiles.Utf8(csv), "5141170001")).BodyAsync<ImportResultDto>();
        result.Stored.ShouldBeFalse("the colliding roster was rolled back");
        result.Errors.Single(e => e.Code == FilingErrorCodes.FiledByOtherSchool).Row.ShouldBe(15_001, "student 15,000 is on the file's line 15,001");
        (await college.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Year}")).ShouldNotContain(f => f.DatasetCode == "students");

        // The same roster replacing school B's own (which holds student 15,000) finds no one filed elsewhere and is stored
        // whole. (School B, not the college: the college's roster stays unfiled for the other tests of this class.)
        using var admin = await fixture.App.LoginAsync("admin");
        var replaced = await UploadAsync(admin, "students", RosterFiles.Utf8(csv), SchoolB);
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        (await replaced.ReadAsync<ImportResultDto>()).RowCount.ShouldBe(rows);
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
