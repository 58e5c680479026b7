using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.FilingTests.Hostile;

/// <summary>The hostile-input corpus (test/Zmd.Vocational.IntegrationTests/Hostile/README.md) against the readers and the validator: every bad file is
/// refused with the error that says what is wrong — naming the row (and column) where there is one — and nothing of it
/// reaches the handler. Over HTTP, against the real host and both databases: IntegrationTests/Hostile.</summary>
public sealed class HostileFileTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeHandler _handler = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A clean roster: header and rows 2–6.</summary>
    private static List<IReadOnlyList<string?>> Roster(Func<int, string[], string[]>? change = null)
    {
        var rows = new List<IReadOnlyList<string?>> { TestData.Headers };
        rows.AddRange(Enumerable.Range(1, 5).Select(n => change is null ? TestData.Row(n) : change(n, TestData.Row(n))));
        return rows;
    }

    private static string RosterCsv(Func<int, string[], string[]>? change = null) => HostileFiles.Csv(Roster(change));

    private static string[] With(string[] row, string key, string value)
    {
        row[TestData.Dataset.IndexOf(key)] = value;
        return row;
    }

    /// <summary>Validates the bytes as an upload named <paramref name="name"/>: the refusal of the whole file, or the outcome.</summary>
    private async Task<(BusinessException? Refused, ValidationOutcome? Outcome)> ValidateAsync(string name, byte[] content)
    {
        var path = _folder.File(Guid.NewGuid().ToString("N") + Path.GetExtension(name));
        await File.WriteAllBytesAsync(path, content);
        using var file = new UploadFile(path, name);
        try
        {
            return (null, await new UploadValidator(_handler, TestMessages.Context(), TestMessages.Format).ValidateAsync(file, default));
        }
        catch (BusinessException ex)
        {
            return (ex, null);
        }
    }

    private async Task<BusinessException> RefusedAsync(string name, byte[] content)
    {
        var (refused, outcome) = await ValidateAsync(name, content);
        outcome?.Dispose();
        refused.ShouldNotBeNull($"{name} must be refused as a whole");
        refused.Args["file"].ShouldBe(name);
        _handler.Stored.ShouldBeEmpty();
        return refused;
    }

    private async Task<IReadOnlyList<ImportErrorDto>> RowErrorsAsync(string name, byte[] content)
    {
        var (refused, outcome) = await ValidateAsync(name, content);
        refused.ShouldBeNull();
        using (outcome)
        {
            outcome!.IsValid.ShouldBeFalse();
            outcome.Errors.Listed.ShouldNotBeEmpty();
            outcome.Errors.Listed.ShouldAllBe(e => e.File == name);
            return outcome.Errors.Listed;
        }
    }

    private async Task<ValidationOutcome> ValidAsync(string name, byte[] content)
    {
        var (refused, outcome) = await ValidateAsync(name, content);
        refused.ShouldBeNull(refused?.Code);
        outcome!.Errors.Listed.ShouldBeEmpty();
        outcome.IsValid.ShouldBeTrue();
        return outcome;
    }

    // ---- encodings ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(true, false)]
    public async Task Utf16_with_or_without_bom_is_refused_as_unreadable(bool bigEndian, bool bom) =>
        (await RefusedAsync("名册.csv", HostileFiles.Utf16(RosterCsv(), bigEndian, bom))).Code.ShouldBe(FilingErrorCodes.UnsupportedFile);

    [Theory]
    [InlineData("big5")]
    [InlineData("shift_jis")]
    public async Task Big5_and_shift_jis_read_as_gibberish_headers_and_the_message_points_at_the_encoding(string encoding)
    {
        // Their double bytes fall in GBK's ranges: the file decodes, to headers nobody wrote.
        var bytes = encoding == "big5" ? HostileFiles.Big5(RosterCsv()) : HostileFiles.ShiftJis(RosterCsv());
        var errors = await RowErrorsAsync("名册.csv", bytes);
        (errors[0].Row, errors[0].Code).ShouldBe((1, FilingErrorCodes.HeaderNotRecognized));
        errors.Skip(1).ShouldAllBe(e => e.Row == 1 && (e.Code == FilingErrorCodes.UnknownHeader || e.Code == FilingErrorCodes.MissingHeader));
    }

    [Fact]
    public async Task Latin1_text_is_refused_naming_the_line_of_the_first_undecodable_byte()
    {
        var csv = "StudentNumber,Name\r\nS1,Anna\r\nS2,José,x\r\n";
        var refused = await RefusedAsync("latin1.csv", HostileFiles.Latin1(csv));
        refused.Code.ShouldBe(FilingErrorCodes.UndecodableText);
        refused.Args["row"].ShouldBe(3L);
    }

    [Fact]
    public async Task A_utf8_file_with_bytes_that_are_never_utf8_is_refused_naming_their_line()
    {
        // 0xFF never occurs in UTF-8 (nor in GB18030): after Chinese headers in UTF-8, the file is two encodings.
        var bytes = HostileFiles.Utf8WithBytes(RosterCsv(), TestData.Row(3)[1], [0xFF, 0xFF]);
        var refused = await RefusedAsync("坏字节.csv", bytes);
        refused.Code.ShouldBe(FilingErrorCodes.MixedEncoding);
        refused.Args["row"].ShouldBe(4L, "data row 3 is the file's line 4");

        // Without UTF-8 text before it, the same bytes are just undecodable.
        var ascii = HostileFiles.Utf8WithBytes("StudentNumber,Name\r\nS1,Anna\r\nS2,Bad\r\n", "Bad", [0xFF, 0xFF]);
        var undecodable = await RefusedAsync("坏字节2.csv", ascii);
        undecodable.Code.ShouldBe(FilingErrorCodes.UndecodableText);
        undecodable.Args["row"].ShouldBe(3L);
    }

    [Fact]
    public async Task Utf8_lines_followed_by_gb18030_lines_are_refused_as_mixed_naming_the_first_gb_line()
    {
        var refused = await RefusedAsync("混合.csv", HostileFiles.MixedUtf8ThenGb18030(RosterCsv(), utf8Lines: 3));
        refused.Code.ShouldBe(FilingErrorCodes.MixedEncoding);
        refused.Args["row"].ShouldBe(4L);
    }

    [Fact]
    public async Task Pure_gb18030_and_utf8_still_read()
    {
        using var gb = await ValidAsync("gb.csv", TestData.Gb18030.GetBytes(RosterCsv()));
        using var utf8 = await ValidAsync("utf8.csv", Encoding.UTF8.GetBytes(RosterCsv()));
        gb.RowCount.ShouldBe(Roster().Count - 1);
        utf8.RowCount.ShouldBe(gb.RowCount);
    }

    // ---- broken and foreign workbooks ---------------------------------------------------------------------------------

    public static TheoryData<int> CutPercents => [1, 10, 25, 50, 75, 90, 99];

    [Theory]
    [MemberData(nameof(CutPercents))]
    public async Task A_truncated_workbook_is_refused(int percent)
    {
        var good = HostileFiles.Xlsx(Roster());
        using (await ValidAsync("good.xlsx", good))
        {
        }

        var cut = HostileFiles.Truncated(good, Math.Max(1, good.Length * percent / 100));
        (await RefusedAsync("截断.xlsx", cut)).Code.ShouldBe(FilingErrorCodes.UnsupportedFile);
    }

    public static TheoryData<string> ForeignFiles => ["bad-crc", "no-workbook", "docx", "encrypted", "png", "empty", "nested-zip", "lying-size"];

    [Theory]
    [MemberData(nameof(ForeignFiles))]
    public async Task A_corrupt_or_foreign_file_named_xlsx_is_refused_as_unreadable(string kind)
    {
        var bytes = kind switch
        {
            "bad-crc" => HostileFiles.BadCrc(HostileFiles.Xlsx(Roster())),
            "no-workbook" => HostileFiles.ZipWithoutWorkbook(),
            "docx" => HostileFiles.Docx(),
            "encrypted" => HostileFiles.EncryptedWorkbook(),
            "png" => HostileFiles.Png(),
            "empty" => [],
            "nested-zip" => HostileFiles.Nested(HostileFiles.Xlsx(Roster())),
            "lying-size" => HostileFiles.LyingSize(Roster()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        (await RefusedAsync(kind + ".xlsx", bytes)).Code.ShouldBe(FilingErrorCodes.UnsupportedFile);
    }

    [Fact]
    public async Task A_sheet_without_rows_or_with_a_header_alone_is_empty()
    {
        (await RefusedAsync("空表.xlsx", HostileFiles.EmptySheet())).Code.ShouldBe(FilingErrorCodes.EmptyFile);
        (await RefusedAsync("表头.xlsx", HostileFiles.Xlsx([TestData.Headers]))).Code.ShouldBe(FilingErrorCodes.EmptyFile);
        (await RefusedAsync("表头.csv", Encoding.UTF8.GetBytes(HostileFiles.Csv([TestData.Headers])))).Code.ShouldBe(FilingErrorCodes.EmptyFile);
        (await RefusedAsync("空.csv", [])).Code.ShouldBe(FilingErrorCodes.EmptyFile);
    }

    [Fact]
    public async Task A_gigabyte_bomb_is_refused_from_its_declared_size_before_inflating()
    {
        var bomb = HostileFiles.Bomb(1024);
        output.WriteLine($"bomb: {bomb.Length / 1024} KB on disk, declares 1024 MB");
        bomb.Length.ShouldBeLessThan(2 << 20);

        var clock = Stopwatch.StartNew();
        var refused = await RefusedAsync("炸弹.xlsx", bomb);
        output.WriteLine($"refused in {clock.ElapsedMilliseconds} ms");

        // Naming the declared size proves the refusal came from the zip directory: nothing was inflated to learn it.
        refused.Code.ShouldBe(FilingErrorCodes.WorkbookTooLarge);
        refused.Args["size"].ShouldBe(1024L);
        refused.Args["part"].ShouldBe("xl/worksheets/sheet1.xml");
        ((long)refused.Args["ratio"]!).ShouldBeGreaterThan(XlsxPackage.MaxCompressionRatio);
    }

    [Fact]
    public async Task A_zip_of_many_entries_is_refused_from_its_directory_count()
    {
        var refused = await RefusedAsync("多部件.xlsx", HostileFiles.ManyEntries(Roster(), 20_000));
        refused.Code.ShouldBe(FilingErrorCodes.WorkbookTooManyParts);
        refused.Args["count"].ShouldBe(20_005L, "20,000 extra entries and the workbook's five parts");
    }

    // ---- big cells, wide rows, formulas ----------------------------------------------------------------------------

    [Theory]
    [InlineData(".csv")]
    [InlineData(".xlsx")]
    public async Task A_ten_megabyte_cell_is_too_long_and_its_error_shows_only_the_start(string extension)
    {
        var huge = new string('长', 10 * 1024 * 1024 / 3);
        var rows = Roster((n, r) => n == 2 ? With(r, "Name", huge) : r);
        var bytes = extension == ".csv" ? Encoding.UTF8.GetBytes(HostileFiles.Csv(rows)) : HostileFiles.Xlsx(rows);

        var error = (await RowErrorsAsync("大单元格" + extension, bytes)).ShouldHaveSingleItem();
        error.Code.ShouldBe(FilingErrorCodes.TooLong);
        (error.Row, error.Column).ShouldBe((3, "姓名"));
        error.Value!.Length.ShouldBeLessThanOrEqualTo(101);
    }

    [Fact]
    public async Task A_row_past_sixteen_million_characters_is_refused_naming_where_it_starts()
    {
        // A quote left open on line 4 makes the rest of the file (17 M characters) one cell.
        var text = HostileFiles.Csv(Roster()) + "S9,\"" + new string('x', 17 * 1024 * 1024) + "\r\n";
        var refused = await RefusedAsync("未闭合.csv", Encoding.UTF8.GetBytes(text));
        refused.Code.ShouldBe(FilingErrorCodes.RowTooLong);
        refused.Args["row"].ShouldBe(7);
    }

    [Fact]
    public async Task A_header_of_twenty_thousand_columns_is_refused_at_the_header_with_every_error_counted()
    {
        var header = TestData.Headers.Concat(Enumerable.Range(1, 20_000).Select(i => "列" + i)).ToArray();
        var (refused, outcome) = await ValidateAsync("宽表.csv", Encoding.UTF8.GetBytes(HostileFiles.Csv([header, TestData.Row(1)])));
        refused.ShouldBeNull();
        using (outcome)
        {
            outcome!.Errors.Count.ShouldBe(20_000);
            outcome.Errors.Listed.ShouldAllBe(e => e.Row == 1 && e.Code == FilingErrorCodes.UnknownHeader);
        }
    }

    [Fact]
    public async Task A_formula_cell_counts_as_its_cached_value_and_one_without_a_cached_value_as_empty()
    {
        var rows = Roster((n, r) => n switch
        {
            1 => With(r, "EntryYear", "=FORMULA:2020+4|2024"),
            2 => With(r, "EntryYear", "=FORMULA:YEAR(TODAY())|"),
            _ => r,
        });
        var error = (await RowErrorsAsync("公式.xlsx", HostileFiles.Xlsx(rows))).ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code).ShouldBe((3, "入学年份", FilingErrorCodes.Required));
    }

    // ---- hostile text, wrong types, huge numbers, dates ------------------------------------------------------------

    public static TheoryData<string> Payloads => ["<script>alert(1)</script>", "'; DROP TABLE FilStudents; --", "\" OR 1=1", "=cmd|'/c calc'!A1"];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Script_and_sql_text_is_refused_in_every_column_with_a_format_and_kept_verbatim_in_free_text(string payload)
    {
        // Every column gets the payload on its own row (row 2 + column index).
        var columns = TestData.Dataset.Columns;
        var rows = new List<IReadOnlyList<string?>> { TestData.Headers };
        rows.AddRange(columns.Select((c, i) => (IReadOnlyList<string?>)With(TestData.Row(i + 1), c.Key, payload)));
        var errors = await RowErrorsAsync("注入.csv", Encoding.UTF8.GetBytes(HostileFiles.Csv(rows)));

        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var onRow = errors.Where(e => e.Row == i + 2 && e.Column == column.HeaderZh).ToList();
            if (column.Type == ColumnType.Text && payload.Length <= column.MaxLength && column.Key != "CohortCode")
            {
                onRow.ShouldBeEmpty($"{column.Key}: free text is data, stored as written");
            }
            else
            {
                var error = onRow.ShouldHaveSingleItem($"{column.Key} must refuse {payload}");
                if (column.RevealsIdNumber)
                {
                    error.Value.ShouldBe(Regex.Replace(payload, "[0-9]", "*"), "a birth date's digits are shown only as its year");
                }
                else if (column.Type != ColumnType.IdNumber)
                {
                    error.Value.ShouldBe(payload, "the error list shows the value as written");
                }
            }
        }
    }

    [Theory]
    [InlineData("abc", FilingErrorCodes.NotInteger)]
    [InlineData("2024.5", FilingErrorCodes.NotInteger)]
    [InlineData("TRUE", FilingErrorCodes.NotInteger)]
    [InlineData("1e309", FilingErrorCodes.NotInteger)]
    [InlineData("NaN", FilingErrorCodes.NotInteger)]
    [InlineData("Infinity", FilingErrorCodes.NotInteger)]
    [InlineData("99999999999999999999", FilingErrorCodes.OutOfRange)]
    [InlineData("-99999999999999999999999999999999", FilingErrorCodes.OutOfRange)]
    [InlineData("-2024", FilingErrorCodes.OutOfRange)]
    [InlineData("99999", FilingErrorCodes.OutOfRange)]
    public async Task Wrong_and_huge_values_in_an_integer_column_are_refused_at_their_cell(string value, string code)
    {
        var error = (await RowErrorsAsync("整数.csv", Encoding.UTF8.GetBytes(RosterCsv((n, r) => n == 4 ? With(r, "EntryYear", value) : r)))).ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code, error.Value).ShouldBe((5, "入学年份", code, value));
    }

    [Theory]
    [InlineData("1e309", FilingErrorCodes.NotDecimal)]
    [InlineData("1e3", FilingErrorCodes.NotDecimal)]
    [InlineData("NaN", FilingErrorCodes.NotDecimal)]
    [InlineData("-Infinity", FilingErrorCodes.NotDecimal)]
    [InlineData("是", FilingErrorCodes.NotDecimal)]
    [InlineData("99999999999999999999999999999999", FilingErrorCodes.NotDecimal)]
    [InlineData("-0.01", FilingErrorCodes.OutOfRange)]
    public async Task Wrong_and_huge_values_in_a_decimal_column_are_refused_at_their_cell(string value, string code)
    {
        var error = (await RowErrorsAsync("小数.csv", Encoding.UTF8.GetBytes(RosterCsv((n, r) => n == 2 ? With(r, "Fee", value) : r)))).ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code).ShouldBe((3, "学费", code));
    }

    [Theory]
    [InlineData("是")]
    [InlineData("否")]
    [InlineData("Y")]
    [InlineData("false")]
    [InlineData("√")]
    [InlineData("１")]
    public async Task Booleans_as_people_write_them_are_accepted(string value)
    {
        using var outcome = await ValidAsync("布尔.csv", Encoding.UTF8.GetBytes(RosterCsv((n, r) => With(r, "Apprentice", value))));
        outcome.RowCount.ShouldBe(Roster().Count - 1);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("是的")]
    public async Task Anything_else_in_a_boolean_column_is_refused(string value)
    {
        var error = (await RowErrorsAsync("布尔.csv", Encoding.UTF8.GetBytes(RosterCsv((n, r) => n == 1 ? With(r, "Apprentice", value) : r)))).ShouldHaveSingleItem();
        (error.Row, error.Code).ShouldBe((2, FilingErrorCodes.NotBoolean));
    }

    [Theory]
    [InlineData("2008年9月15日")]
    [InlineData("2008/9/15")]
    [InlineData("2008-09-15")]
    [InlineData("2008.9.15")]
    [InlineData("20080915")]
    [InlineData("2008/9/15 0:00")]
    [InlineData("２００８－０９－１５")]
    [InlineData("二〇〇八年九月十五日")]
    public async Task Dates_in_the_unambiguous_chinese_formats_are_accepted(string value)
    {
        using var outcome = await ValidAsync("日期.csv", Encoding.UTF8.GetBytes(RosterCsv((n, r) => With(r, "BirthDate", value))));
        DateParser.TryParse(value, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(2008, 9, 15));
    }

    /// <param name="shown">The birth date as the error list shows it: its year at most (the ID number beside it is masked).</param>
    [Theory]
    [InlineData("2008年9月", "2008年*月")]
    [InlineData("2008-02-30", "2008-**-**")]
    [InlineData("39706", "*****")]
    [InlineData("9/15/2008", "*/**/****")]
    [InlineData("15/09/2008", "**/**/****")]
    [InlineData("08-9-15", "**-*-**")]
    [InlineData("二〇〇八年二月三十日", "2008年*月**日")]
    [InlineData("2008年13月1日", "2008年**月*日")]
    public async Task Ambiguous_partial_or_impossible_dates_are_refused_at_their_cell(string value, string shown)
    {
        var error = (await RowErrorsAsync("日期.csv", Encoding.UTF8.GetBytes(RosterCsv((n, r) => n == 5 ? With(r, "BirthDate", value) : r)))).ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code, error.Value).ShouldBe((6, "出生日期", FilingErrorCodes.NotDate, shown));
    }

    // ---- headers ----------------------------------------------------------------------------------------------------

    [Fact]
    public async Task English_keys_spaced_starred_and_full_width_headers_are_recognised()
    {
        var header = TestData.Dataset.Columns.Select((c, i) => i switch
        {
            0 => "  学号 * ",
            1 => "Name",
            2 => "ＩｄＮｕｍｂｅｒ",
            3 => "Gender",
            4 => "　出生日期＊",
            _ => c.HeaderEn,
        }).ToArray();
        var rows = new List<IReadOnlyList<string?>> { header };
        rows.AddRange(Roster().Skip(1));
        using var outcome = await ValidAsync("英文表头.csv", Encoding.UTF8.GetBytes(HostileFiles.Csv(rows)));
        outcome.RowCount.ShouldBe(rows.Count - 1);
    }

    [Fact]
    public async Task Duplicate_missing_and_unknown_headers_are_each_named()
    {
        var header = TestData.Headers.ToArray();
        header[1] = "学号"; // 姓名 missing, 学号 twice
        header[^1] = "备 注";
        var rows = new List<IReadOnlyList<string?>> { header };
        rows.AddRange(Roster().Skip(1));
        var errors = await RowErrorsAsync("表头.csv", Encoding.UTF8.GetBytes(HostileFiles.Csv(rows)));
        errors.ShouldContain(e => e.Code == FilingErrorCodes.DuplicateHeader && e.Column == "学号");
        errors.ShouldContain(e => e.Code == FilingErrorCodes.MissingHeader && e.Column == "姓名");
        errors.ShouldContain(e => e.Code == FilingErrorCodes.UnknownHeader && e.Column == "备 注");
        errors.ShouldNotContain(e => e.Code == FilingErrorCodes.HeaderNotRecognized, "some headers were recognised");
        errors.ShouldAllBe(e => e.Row == 1);
    }

    [Fact]
    public async Task Another_datasets_file_is_told_that_no_header_is_recognised()
    {
        var errors = await RowErrorsAsync("教师.csv", Encoding.UTF8.GetBytes("工号,职称\r\nT1,中级\r\n"));
        errors[0].Code.ShouldBe(FilingErrorCodes.HeaderNotRecognized);
        errors[0].Message.ShouldContain("file=教师.csv");
    }

    // ---- bytes in odd places -----------------------------------------------------------------------------------------

    [Fact]
    public async Task A_bom_inside_a_cell_is_not_data_and_a_second_header_mid_file_is_an_error_row()
    {
        using (await ValidAsync("bom.csv", Encoding.UTF8.GetBytes(RosterCsv((n, r) => With(r, "Name", "\uFEFF" + r[1])))))
        {
        }

        var text = RosterCsv() + "\uFEFF" + HostileFiles.Csv([TestData.Headers, TestData.Row(9)]);
        var errors = await RowErrorsAsync("拼接.csv", Encoding.UTF8.GetBytes(text));
        errors.ShouldAllBe(e => e.Row == 7, "the second header line is line 7; its own data row is fine");
    }

    [Fact]
    public async Task A_nul_near_the_start_refuses_the_file_and_one_further_down_is_named_at_its_cell()
    {
        (await RefusedAsync("nul.csv", Encoding.UTF8.GetBytes(RosterCsv((n, r) => n == 2 ? With(r, "Name", "张\0三") : r))))
            .Code.ShouldBe(FilingErrorCodes.UnsupportedFile);

        // Past the first 64 KiB the detector does not look: the cell check names the row and column.
        var rows = new List<IReadOnlyList<string?>> { TestData.Headers };
        rows.AddRange(Enumerable.Range(1, 1200).Select(n => (IReadOnlyList<string?>)(n == 1100 ? With(TestData.Row(n), "Name", "张\0三") : TestData.Row(n))));
        var error = (await RowErrorsAsync("nul2.csv", Encoding.UTF8.GetBytes(HostileFiles.Csv(rows)))).ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code).ShouldBe((1101, "姓名", FilingErrorCodes.ControlCharacter));
    }

    [Fact]
    public async Task Cr_only_line_endings_read_as_rows()
    {
        using var outcome = await ValidAsync("mac.csv", Encoding.UTF8.GetBytes(RosterCsv().Replace("\r\n", "\r", StringComparison.Ordinal)));
        outcome.RowCount.ShouldBe(5);
    }

    [Fact]
    public async Task An_unbalanced_quote_swallows_the_rest_of_the_file_into_one_cell_which_is_refused_at_that_row()
    {
        var text = RosterCsv();
        var name = "\"" + TestData.Row(3)[1] + "\""; // the quoted name of line 4
        text = text.Replace(name, name[..^1], StringComparison.Ordinal); // its closing quote gone
        var errors = await RowErrorsAsync("引号.csv", Encoding.UTF8.GetBytes(text));
        errors.Min(e => e.Row).ShouldBe(4);
    }
}
