using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Enrolment.Application;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Application;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.FilingTests;

/// <summary>The majors-offered dataset beyond validation: its template reads back, a clean file is stored (and replaced)
/// through the real handler's mapping into EnrMajorsOffered and read back in column order, and the demo rows pass the
/// checks, name exactly the majors of the school's demo students and leave some schools under the 50% standard.</summary>
public sealed class MajorsOfferedStorageAndDemoTests : IDisposable
{
    private readonly MajorsOfferedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static DemoSchoolMajors Majors => new(SeedMajorCatalog.Seeds);

    [Fact]
    public async Task The_template_has_the_headers_a_major_drop_down_and_reads_back_as_a_valid_header()
    {
        var templates = new FilingTemplates([_fixture.Handler], _fixture.CodeLists);
        var (name, content) = await templates.TemplateAsync("majors-offered");

        name.ShouldBe("开设专业及教学学时_模板.xlsx");
        using (var document = SpreadsheetDocument.Open(new MemoryStream(content), false))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "数据");
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            data.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText)
                .ShouldBe(["专业代码 *", "专业名称", "总学时 *", "实践性教学学时 *", "招生人数"]);
            data.Descendants<DataValidation>().ShouldContain(v => v.SequenceOfReferences!.InnerText == "A2:A10001");
        }

        var path = _fixture.Folder.File("template.xlsx");
        await File.WriteAllBytesAsync(path, content);
        using var file = new UploadFile(path, "template.xlsx");
        var header = file.ReadRows(default).First();
        HeaderMapper.Map(MajorOfferedDataset.Definition, header.Cells).Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_clean_file_is_stored_with_its_typed_values_read_back_in_major_order_and_replaced_by_the_next()
    {
        using var file = _fixture.Csv(
        [
            ["610105", "园艺技术", "3000", "1500", null],
            ["610102", "作物生产技术", "3200", "1700", "120"],
        ]);
        using var outcome = await _fixture.ValidateAsync(file);
        outcome.IsValid.ShouldBeTrue();

        var stored = await _fixture.Handler.ReplaceAsync(_fixture.Scope, outcome.ConvertedRows(file, default).ToAsyncEnumerable(), default);

        stored.ShouldBe(2);
        (await _fixture.Handler.CountAsync(_fixture.Scope, default)).ShouldBe(2);
        var record = await _fixture.Db.Set<MajorOfferedRecord>().SingleAsync(m => m.MajorCode == "610105");
        (record.SchoolId, record.Year, record.MajorName, record.TotalHours, record.PracticeHours, record.Intake)
            .ShouldBe((_fixture.School, 2026, "园艺技术", 3000, 1500, (int?)null));
        var read = await _fixture.Handler.ReadAsync(_fixture.Scope, default).ToListAsync();
        read.ShouldBe(
        [
            ["610102", "作物生产技术", 3200L, 1700L, 120L],
            ["610105", "园艺技术", 3000L, 1500L, null],
        ]);
        (await _fixture.Handler.KeysAsync(_fixture.Scope, "MajorCode", default)).ShouldBe(["610102", "610105"], ignoreOrder: true);

        using var next = _fixture.Csv([["610112", null, "3100", "1600", "45"]]);
        using var nextOutcome = await _fixture.ValidateAsync(next);
        await _fixture.Handler.ReplaceAsync(_fixture.Scope, nextOutcome.ConvertedRows(next, default).ToAsyncEnumerable(), default);
        (await _fixture.Handler.KeysAsync(_fixture.Scope, "MajorCode", default)).ShouldBe(["610112"]);
    }

    [Theory]
    [InlineData("3141172801", SchoolType.SecondaryVocational)]
    [InlineData("4141170001", SchoolType.HigherVocational)]
    [InlineData("5141170001", SchoolType.TechnicianCollege)]
    [InlineData("5141170003", SchoolType.SkilledWorkerSchool)]
    [InlineData("2141170001", SchoolType.VocationalBachelor)]
    public async Task Demo_rows_pass_the_checks_and_are_the_majors_of_the_schools_demo_students(string school, SchoolType type)
    {
        var scope = new DemoScope(school, type, 2026, 1_000_000);
        var rows = new MajorOfferedDemoRows(Majors).Rows(scope, 100).ToList();

        using var file = _fixture.Csv(rows);
        using var outcome = await _fixture.ValidateAsync(file);
        outcome.Errors.Listed.ShouldBeEmpty();

        var studied = new StudentDemoRows(Majors).Rows(scope, 3000).Select(r => r[StudentDataset.MajorCode]!).Distinct();
        rows.Select(r => r[MajorOfferedDataset.MajorCode]!).ShouldBe(studied, ignoreOrder: true);
        rows.Count.ShouldBeInRange(6, 13);
        new MajorOfferedDemoRows(Majors).Rows(scope, 100).ToList().ShouldBe(rows, "deterministic");
        new MajorOfferedDemoRows(Majors).Rows(scope, 4).ShouldBe(rows.Take(4), "the most popular majors first");
    }

    [Fact]
    public void Demo_hours_are_plausible_and_some_schools_fall_below_the_50_percent_practice_share()
    {
        var generator = new MajorOfferedDemoRows(Majors);
        var shares = new List<double>();
        for (var n = 1; n <= 40; n++)
        {
            var rows = generator.Rows(new DemoScope("31411700" + n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                SchoolType.SecondaryVocational, 2026, 0), 100).ToList();
            var total = rows.Sum(r => int.Parse(r[MajorOfferedDataset.TotalHours]!, System.Globalization.CultureInfo.InvariantCulture));
            var practice = rows.Sum(r => int.Parse(r[MajorOfferedDataset.PracticeHours]!, System.Globalization.CultureInfo.InvariantCulture));
            foreach (var row in rows)
            {
                var t = int.Parse(row[MajorOfferedDataset.TotalHours]!, System.Globalization.CultureInfo.InvariantCulture);
                var p = int.Parse(row[MajorOfferedDataset.PracticeHours]!, System.Globalization.CultureInfo.InvariantCulture);
                t.ShouldBeInRange(3000, 3300);
                ((double)p / t).ShouldBeInRange(0.449, 0.601);
            }

            shares.Add((double)practice / total);
        }

        shares.Count(s => s < 0.5).ShouldBeInRange(5, 25, "some schools, not most, miss the standard");
    }
}
