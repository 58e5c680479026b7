using System.Text;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

public sealed class ValidatorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeHandler _handler = new();

    public void Dispose() => _folder.Dispose();

    private UploadFile Csv(IEnumerable<IReadOnlyList<string?>> dataRows, string[]? header = null, Encoding? encoding = null)
    {
        var rows = new List<IReadOnlyList<string?>> { header ?? TestData.Headers };
        rows.AddRange(dataRows);
        var path = _folder.WriteCsv("upload.csv", rows, encoding ?? new UTF8Encoding(false));
        return new UploadFile(path, "学生.csv");
    }

    private async Task<ValidationOutcome> ValidateAsync(UploadFile file, ValidationContext? context = null) =>
        await new UploadValidator(_handler, context ?? TestMessages.Context(), TestMessages.Format).ValidateAsync(file, default);

    private static string[] With(string[] row, string key, string value)
    {
        var copy = (string[])row.Clone();
        copy[TestData.Dataset.IndexOf(key)] = value;
        return copy;
    }

    [Fact]
    public async Task A_clean_file_is_valid_and_its_rows_convert_to_typed_values()
    {
        using var outcome = await ValidateAsync(Csv(Enumerable.Range(1, 50).Select(TestData.Row)));

        outcome.Errors.Listed.ShouldBeEmpty();
        outcome.IsValid.ShouldBeTrue();
        outcome.RowCount.ShouldBe(50);

        var first = outcome.ConvertedRows(Csv(Enumerable.Range(1, 50).Select(TestData.Row)), default).First();
        first.RowNumber.ShouldBe(2);
        first.Text(3).ShouldBe("F");
        first.Date(4).ShouldBe(new DateOnly(2008, 9, 15));
        first.Integer(6).ShouldBe(2024L);
        first.Decimal(7).ShouldBe(1200.50m);
        first.Boolean(8).ShouldBe(true);
        first.Text(9).ShouldBeNull();
    }

    [Fact]
    public async Task A_gb18030_file_validates_like_the_utf8_file()
    {
        var rows = Enumerable.Range(1, 20).Select(TestData.Row).ToList();
        using var utf8 = await ValidateAsync(Csv(rows));
        var utf8Rows = utf8.ConvertedRows(Csv(rows), default).Select(r => r.Values).ToList();

        var gbFile = Csv(rows, encoding: TestData.Gb18030);
        using var gb = await ValidateAsync(gbFile);
        var gbRows = gb.ConvertedRows(gbFile, default).Select(r => r.Values).ToList();

        gb.IsValid.ShouldBeTrue();
        gbRows.ShouldBe(utf8Rows);
    }

    [Fact]
    public async Task One_bad_row_among_thousands_is_reported_precisely()
    {
        var rows = Enumerable.Range(1, 5000).Select(TestData.Row).ToList();
        rows[3456] = With(rows[3456], "BirthDate", "2008-02-30");

        using var outcome = await ValidateAsync(Csv(rows));

        outcome.IsValid.ShouldBeFalse();
        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        // The birth date is shown by its year only, like the ID number beside it is shown masked.
        error.ShouldBe(new ImportErrorDto("学生.csv", 3458, "出生日期", "2008-**-**", FilingErrorCodes.NotDate, error.Message));
        error.Message.ShouldContain("header=出生日期");
        error.Message.ShouldContain("value=2008-**-**");
    }

    [Fact]
    public async Task A_row_rules_error_on_the_birth_date_quotes_it_by_its_year_and_an_id_number_in_any_column_masked()
    {
        var rows = Enumerable.Range(1, 3).Select(TestData.Row).ToList();
        rows[1] = With(rows[1], "CohortCode", rows[0][2]); // an ID number typed where a cohort code belongs
        _handler.Rule = (row, errors) => errors.Add("BirthDate", "Test:BirthRule");

        using var outcome = await ValidateAsync(Csv(rows));

        var birth = outcome.Errors.Listed.Where(e => e.Code == "Test:BirthRule").ToList();
        birth.ShouldNotBeEmpty();
        birth.ShouldAllBe(e => e.Value == "2008-**-**" && e.Message.Contains("value=2008-**-**") && !e.Message.Contains("09-15"));
        var cohort = outcome.Errors.Listed.Single(e => e.Code == FilingErrorCodes.UnknownReference);
        cohort.Value.ShouldBe(rows[0][2][..6] + "********" + rows[0][2][14..]);
        cohort.Message.ShouldNotContain(rows[0][2]);
    }

    [Fact]
    public async Task Header_errors_stop_before_any_row_is_checked()
    {
        string[] header = [.. TestData.Headers.Where(h => h != "姓名"), "备注"];
        var rule = 0;
        _handler.Rule = (_, _) => rule++;

        using var outcome = await ValidateAsync(Csv([["garbage"]], header));

        outcome.Errors.Listed.Select(e => (e.Row, e.Column, e.Code)).ShouldBe(
        [
            (1, "备注", FilingErrorCodes.UnknownHeader),
            (1, "姓名", FilingErrorCodes.MissingHeader),
        ]);
        rule.ShouldBe(0);
        outcome.Converter.ShouldBeNull();
    }

    [Fact]
    public async Task Duplicates_inside_the_file_name_the_first_row()
    {
        var rows = Enumerable.Range(1, 10).Select(TestData.Row).ToList();
        rows[7] = With(rows[7], "StudentNumber", rows[2][0]);

        using var outcome = await ValidateAsync(Csv(rows));

        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code).ShouldBe((9, "学号", FilingErrorCodes.DuplicateInFile));
        error.Message.ShouldContain("firstRow=4");
    }

    [Fact]
    public async Task Duplicate_id_numbers_are_shown_masked()
    {
        var rows = Enumerable.Range(1, 3).Select(TestData.Row).ToList();
        rows[2] = With(rows[2], "IdNumber", rows[0][2]);

        using var outcome = await ValidateAsync(Csv(rows));

        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        error.Value.ShouldBe(rows[0][2][..6] + "********" + rows[0][2][14..]);
        error.Message.ShouldNotContain(rows[0][2]);
    }

    [Fact]
    public async Task The_handlers_rules_run_on_clean_rows_only_and_their_errors_are_located()
    {
        var checkedRows = new List<int>();
        _handler.Rule = (row, errors) =>
        {
            checkedRows.Add(row.RowNumber);
            if (row.Integer(6) == 2023)
            {
                errors.Add("EntryYear", "Enrolment:EntryYearTooEarly", new Dictionary<string, object?> { ["year"] = 2023 });
            }
        };
        var rows = Enumerable.Range(1, 4).Select(TestData.Row).ToList();
        rows[1] = With(rows[1], "EntryYear", "2023");
        rows[2] = With(rows[2], "Gender", "?");

        using var outcome = await ValidateAsync(Csv(rows));

        checkedRows.ShouldBe([2, 3, 5]);
        outcome.Errors.Listed.Select(e => (e.Row, e.Column, e.Value, e.Code)).ShouldBe(
        [
            (3, "入学年份", "2023", "Enrolment:EntryYearTooEarly"),
            (4, "性别", "?", FilingErrorCodes.NotInCodeList),
        ]);
    }

    [Fact]
    public async Task A_reference_to_a_key_the_school_has_not_filed_is_unknown()
    {
        var rows = Enumerable.Range(1, 3).Select(TestData.Row).ToList();
        rows[1] = With(rows[1], "CohortCode", "C99");

        using var outcome = await ValidateAsync(Csv(rows));

        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Value, error.Code).ShouldBe((3, "学徒制班级代码", "C99", FilingErrorCodes.UnknownReference));
        error.Message.ShouldContain("dataset=现代学徒制班级");
    }

    [Fact]
    public async Task Errors_are_all_counted_but_at_most_a_thousand_listed_in_row_order()
    {
        var rows = Enumerable.Range(1, 1200).Select(n => With(TestData.Row(n), "EntryYear", "x")).ToList();
        rows[0] = With(rows[0], "CohortCode", "C99");

        using var outcome = await ValidateAsync(Csv(rows));

        outcome.Errors.Count.ShouldBe(1201);
        outcome.Errors.Listed.Count.ShouldBe(UploadErrorLog.MaxListed);
        outcome.Errors.Listed.Select(e => e.Row).ShouldBeInOrder();
        outcome.Errors.Listed.Take(2).Select(e => e.Code).ShouldBe([FilingErrorCodes.NotInteger, FilingErrorCodes.UnknownReference]);
    }

    [Fact]
    public async Task An_xlsx_with_an_id_typed_as_a_number_points_at_that_cell()
    {
        var path = _folder.File("upload.xlsx");
        var rows = new List<Dictionary<string, object?>> { Cells(TestData.Headers), Cells(TestData.Row(1)), Cells(TestData.Row(2)) };
        rows[2]["c2"] = 411702200809151234d;
        rows[1]["c6"] = 2024; // a number cell where a number belongs is fine
        MiniExcelLibs.MiniExcel.SaveAs(path, rows, printHeader: false);

        using var outcome = await ValidateAsync(new UploadFile(path, "学生.xlsx"));

        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code).ShouldBe((3, "身份证号", FilingErrorCodes.NumberLostPrecision));
    }

    private static Dictionary<string, object?> Cells(string[] row) =>
        row.Select((v, i) => (v, i)).ToDictionary(x => "c" + x.i, x => (object?)x.v);

    [Fact]
    public async Task An_empty_file_or_a_header_alone_is_refused()
    {
        var empty = _folder.File("empty.csv");
        await File.WriteAllTextAsync(empty, "\r\n\r\n");

        (await Should.ThrowAsync<BusinessException>(() => ValidateAsync(new UploadFile(empty, "empty.csv")))).Code.ShouldBe(FilingErrorCodes.EmptyFile);
        (await Should.ThrowAsync<BusinessException>(() => ValidateAsync(Csv([])))).Code.ShouldBe(FilingErrorCodes.EmptyFile);
    }
}
