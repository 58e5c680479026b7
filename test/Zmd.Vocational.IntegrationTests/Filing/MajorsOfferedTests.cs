using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>开设专业及教学学时 through the HTTP API: a GB18030 CSV (as Chinese Excel saves it) and an xlsx are stored and
/// replace each other; practice hours above the total are refused with row and column named, in Chinese or English, and
/// nothing is stored; the demo rows of every kind of school import.</summary>
public sealed class MajorsOfferedTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const string Dataset = EnrolmentDatasets.MajorsOffered;
    private const string Header = "专业代码,专业名称,总学时,实践性教学学时,招生人数";

    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_gb18030_csv_and_then_an_xlsx_are_stored_and_the_second_replaces_the_first()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var csv = Header + "\r\n610102,作物生产技术,3200,1700,120\r\n610105,园艺技术,3000,1500,\r\n610112,,3300,1450,0\r\n";

        var first = await UploadAsync(filer, Dataset, RosterFiles.Gb18030(csv), fileName: "开设专业.csv");
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        (await first.ReadAsync<ImportResultDto>()).RowCount.ShouldBe(3);
        var filing = await FilingAsync(filer, Dataset);
        (filing.RowCount, filing.State).ShouldBe((3, FilingState.Draft));
        var preview = await filer.GetJsonAsync<FilingPreviewDto>($"/api/filing/filings/{filing.Id}/preview?take=10");
        string.Join(",", preview.Rows[0]).ShouldContain("作物生产技术");

        var xlsx = Xlsx(
            ["专业代码", "专业名称", "总学时", "实践性教学学时", "招生人数"],
            ["660103", "数控技术应用", 3100, 1800, 90],
            ["640301", "建筑工程施工", 3000, 1400, null]);
        var second = await UploadAsync(filer, Dataset, xlsx, fileName: "开设专业.xlsx");
        second.StatusCode.ShouldBe(HttpStatusCode.OK, await second.Content.ReadAsStringAsync());
        filing = await FilingAsync(filer, Dataset);
        (filing.RowCount, filing.Version).ShouldBe((2, 2));
    }

    [Fact]
    public async Task Practice_hours_above_the_total_are_refused_naming_row_and_column_and_nothing_is_stored()
    {
        using var filer = await fixture.App.LoginAsync("filer2");
        var csv = Header + "\n660101,机械制造技术,3000,1600,80\n660103,数控技术应用,3000,3500,60\n";

        var refused = await UploadAsync(filer, Dataset, RosterFiles.Gb18030(csv), SchoolB, "开设专业.csv");

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var result = await refused.BodyAsync<ImportResultDto>();
        result.Stored.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Value, error.Code).ShouldBe((3, "实践性教学学时", "3500", EnrolmentErrorCodes.PracticeHoursExceedTotal));
        error.Message.ShouldContain("3500");
        error.Message.ShouldContain("3000");
        error.Message.ShouldContain("总学时");
        (await filer.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Year}&school={SchoolB}"))
            .ShouldNotContain(f => f.DatasetCode == Dataset, "nothing was stored");

        filer.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var english = await (await UploadAsync(filer, Dataset, RosterFiles.Utf8(csv), SchoolB)).BodyAsync<ImportResultDto>();
        english.Errors.ShouldHaveSingleItem().Message.ShouldContain("Practice teaching hours (3500) exceed the total teaching hours (3000)");
    }

    [Theory]
    [InlineData("3141170001", SchoolType.SecondaryVocational)] // schools no other test of the class files for
    [InlineData("5141170001", SchoolType.TechnicianCollege)]
    public async Task Demo_rows_import(string school, SchoolType type)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var generator = fixture.App.Services.GetServices<IDemoRowGenerator>().Single(g => g.DatasetCode == Dataset);
        var rows = generator.Rows(new DemoScope(school, type, Year, 0), 100).ToList();
        var csv = Header + "\n" + string.Join('\n', rows.Select(r => string.Join(',', r.Select(v => v ?? "")))) + "\n";

        var response = await UploadAsync(admin, Dataset, RosterFiles.Utf8(csv), school);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await FilingAsync(admin, Dataset, school)).RowCount.ShouldBe(rows.Count);
    }

    private static byte[] Xlsx(params object?[][] rows)
    {
        var sheet = rows.Select(r => r.Select((v, i) => (v, i)).ToDictionary(x => "c" + x.i, x => x.v)).ToList();
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, sheet, printHeader: false);
        return stream.ToArray();
    }
}
