using System.Globalization;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Enrolment.Application;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

/// <summary>The majors-offered dataset (Enrolment) through the real upload validator: its columns, ranges, the major
/// catalogue, and its one domain rule (practice hours within the total), each error located by row and column.</summary>
public sealed class MajorsOfferedValidationTests : IDisposable
{
    private readonly MajorsOfferedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    /// <summary>Three majors of the 中职 catalogue: 作物生产技术, 园艺技术, 设施农业生产技术.</summary>
    private static List<string?[]> CleanRows() =>
    [
        ["610102", "作物生产技术", "3200", "1700", "120"],
        ["610105", "园艺技术", "3000", "1500", "0"],
        ["610112", null, "3300", "1450", null],
    ];

    private static string?[] With(string?[] row, int column, string? value)
    {
        var copy = (string?[])row.Clone();
        copy[column] = value;
        return copy;
    }

    [Fact]
    public async Task A_clean_file_converts_hours_to_integers_and_an_empty_optional_cell_to_null()
    {
        using var file = _fixture.Csv(CleanRows());
        using var outcome = await _fixture.ValidateAsync(file);

        outcome.Errors.Listed.ShouldBeEmpty();
        outcome.RowCount.ShouldBe(3);
        var rows = outcome.ConvertedRows(file, default).ToList();
        rows[0].Values.ShouldBe(["610102", "作物生产技术", 3200L, 1700L, 120L]);
        rows[2].Values.ShouldBe(["610112", null, 3300L, 1450L, null]);
    }

    [Fact]
    public async Task Practice_hours_above_the_total_are_refused_on_the_practice_column_naming_both_values()
    {
        var rows = CleanRows();
        rows[1] = With(rows[1], MajorOfferedDataset.PracticeHours, "3500");
        rows[2] = With(rows[2], MajorOfferedDataset.PracticeHours, "3300"); // equal to the total: allowed

        using var file = _fixture.Csv(rows, name: "开设专业及教学学时.csv");
        using var outcome = await _fixture.ValidateAsync(file);

        outcome.IsValid.ShouldBeFalse();
        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        error.ShouldBe(new ImportErrorDto("开设专业及教学学时.csv", 3, "实践性教学学时", "3500", EnrolmentErrorCodes.PracticeHoursExceedTotal, error.Message));
        error.Message.ShouldContain("practiceHours=3500");
        error.Message.ShouldContain("totalHours=3000");
    }

    [Theory]
    [InlineData("zh-CN", "实践性教学学时（3500）超过了总学时（3000）")]
    [InlineData("en", "Practice teaching hours (3500) exceed the total teaching hours (3000)")]
    public async Task The_message_of_the_rule_is_localized_in_both_languages(string culture, string expected)
    {
        var store = new JsonLocalizationStore([typeof(MajorOfferedRules).Assembly]);
        var localizer = new JsonStringLocalizer(store);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            using var file = _fixture.Csv([With(CleanRows()[1], MajorOfferedDataset.PracticeHours, "3500")]);
            using var outcome = await _fixture.ValidateAsync(file, localizer.Format);

            outcome.Errors.Listed.ShouldHaveSingleItem().Message.ShouldStartWith(expected);
            localizer["Dataset:" + EnrolmentDatasets.MajorsOffered].ResourceNotFound.ShouldBeFalse();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task A_major_code_outside_the_catalogue_is_not_in_the_code_list()
    {
        var rows = CleanRows();
        rows[2] = With(rows[2], MajorOfferedDataset.MajorCode, "999999");

        using var file = _fixture.Csv(rows);
        using var outcome = await _fixture.ValidateAsync(file);

        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Value, error.Code).ShouldBe((4, "专业代码", "999999", FilingErrorCodes.NotInCodeList));
    }

    [Fact]
    public async Task A_major_filed_twice_names_its_first_row()
    {
        var rows = CleanRows();
        rows.Add(With(rows[0], MajorOfferedDataset.TotalHours, "3100"));

        using var file = _fixture.Csv(rows);
        using var outcome = await _fixture.ValidateAsync(file);

        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code).ShouldBe((5, "专业代码", FilingErrorCodes.DuplicateInFile));
        error.Message.ShouldContain("firstRow=2");
    }

    [Fact]
    public async Task A_missing_required_column_stops_the_file_but_a_missing_optional_one_does_not()
    {
        string[] withoutTotal = [.. MajorsOfferedFixture.Headers.Where(h => h != "总学时")];
        using var file = _fixture.Csv([["610102", "作物生产技术", "1700", "120"]], withoutTotal);
        using var outcome = await _fixture.ValidateAsync(file);

        outcome.Converter.ShouldBeNull();
        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code).ShouldBe((1, "总学时", FilingErrorCodes.MissingHeader));

        string[] withoutOptional = [.. MajorsOfferedFixture.Headers.Where(h => h is not "专业名称" and not "招生人数")];
        using var lean = _fixture.Csv([["610102", "3200", "1700"]], withoutOptional);
        using var leanOutcome = await _fixture.ValidateAsync(lean);
        leanOutcome.IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Hours_and_intake_out_of_range_or_missing_are_refused_and_the_rule_does_not_run_on_them()
    {
        List<string?[]> rows =
        [
            ["610102", null, "0", "0", null],            // no total
            ["610105", null, "3000", "-1", null],        // negative practice
            ["610112", null, "", "1500", null],          // total missing: the rule has nothing to compare with
            ["610113", null, "3000", "1500", "100001"],  // intake beyond any major's
            ["610114", null, "10001", "10001", null],    // more hours than a programme holds
        ];

        using var file = _fixture.Csv(rows);
        using var outcome = await _fixture.ValidateAsync(file);

        outcome.Errors.Listed.Select(e => (e.Row, e.Column, e.Code)).ShouldBe(
        [
            (2, "总学时", FilingErrorCodes.OutOfRange),
            (3, "实践性教学学时", FilingErrorCodes.OutOfRange),
            (4, "总学时", FilingErrorCodes.Required),
            (5, "招生人数", FilingErrorCodes.OutOfRange),
            (6, "总学时", FilingErrorCodes.OutOfRange),
            (6, "实践性教学学时", FilingErrorCodes.OutOfRange),
        ]);
    }

    [Fact]
    public async Task A_gb18030_csv_and_an_xlsx_validate_like_the_utf8_csv()
    {
        var rows = CleanRows();
        using var utf8 = _fixture.Csv(rows);
        using var utf8Outcome = await _fixture.ValidateAsync(utf8);
        var expected = utf8Outcome.ConvertedRows(utf8, default).Select(r => r.Values).ToList();

        using var gb = _fixture.Csv(rows, encoding: TestData.Gb18030, name: "开设专业.csv");
        using var gbOutcome = await _fixture.ValidateAsync(gb);
        gbOutcome.IsValid.ShouldBeTrue();
        gbOutcome.ConvertedRows(gb, default).Select(r => r.Values).ToList().ShouldBe(expected);

        var path = _fixture.Folder.File("开设专业.xlsx");
        var sheet = new List<Dictionary<string, object?>> { Cells(MajorsOfferedFixture.Headers) };
        sheet.AddRange(rows.Select(Cells));
        sheet[1]["c2"] = 3200; // hours typed as numbers, as Excel keeps them
        sheet[1]["c3"] = 1700d;
        MiniExcelLibs.MiniExcel.SaveAs(path, sheet, printHeader: false);
        using var xlsx = new UploadFile(path, "开设专业.xlsx");
        using var xlsxOutcome = await _fixture.ValidateAsync(xlsx);
        xlsxOutcome.Errors.Listed.ShouldBeEmpty();
        xlsxOutcome.ConvertedRows(xlsx, default).Select(r => r.Values).ToList().ShouldBe(expected);
    }

    private static Dictionary<string, object?> Cells(IReadOnlyList<string?> row) =>
        row.Select((v, i) => (v, i)).ToDictionary(x => "c" + x.i, x => (object?)x.v);
}
