using System.Text;
using MiniExcelLibs;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

public sealed class ReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly string?[][] ChineseRows =
    [
        ["学号", "姓名", "备注"],
        ["S001", "张三", "计算机应用，一班"],
        ["S002", "李四", "多行\n备注 \"引号\""], // Excel keeps line breaks in cells as \n
        ["S003", "王五", ""],
    ];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Utf8_utf8_with_bom_and_gb18030_files_give_identical_rows()
    {
        var utf8 = Read(_folder.WriteCsv("utf8.csv", ChineseRows, new UTF8Encoding(false)), "utf8.csv");
        var bom = Read(_folder.WriteCsv("bom.csv", ChineseRows, new UTF8Encoding(true), bom: true), "bom.csv");
        var gb = Read(_folder.WriteCsv("gb.csv", ChineseRows, TestData.Gb18030), "gb.csv");

        utf8.ShouldBe(ChineseRows.Select((r, i) => (i + 1, string.Join("|", r))).ToList());
        bom.ShouldBe(utf8);
        gb.ShouldBe(utf8);
    }

    [Fact]
    public void Encoding_is_detected_from_the_bytes()
    {
        CsvEncodingDetector.Detect(_folder.WriteCsv("a.csv", ChineseRows, TestData.Gb18030), "a.csv").WebName.ShouldBe(TestData.Gb18030.WebName);
        CsvEncodingDetector.Detect(_folder.WriteCsv("b.csv", ChineseRows, new UTF8Encoding(false)), "b.csv").ShouldBe(CsvEncodingDetector.Utf8);
    }

    [Fact]
    public void A_utf8_character_cut_by_the_scan_buffer_is_still_utf8()
    {
        // 3-byte characters from offset 1: one of them straddles the 64 KiB chunk boundary.
        var rows = new[] { new[] { "x" + new string('中', 30_000) } };
        var path = _folder.WriteCsv("long.csv", rows, new UTF8Encoding(false));

        CsvEncodingDetector.Detect(path, "long.csv").ShouldBe(CsvEncodingDetector.Utf8);
    }

    [Fact]
    public void Blank_lines_keep_the_row_numbers_the_user_sees()
    {
        var path = _folder.File("gaps.csv");
        File.WriteAllText(path, "学号,姓名\r\nS1,甲\r\n\r\nS2,乙\r\n", new UTF8Encoding(false));

        var rows = new UploadFile(path, "gaps.csv").ReadRows(default).Where(r => !r.IsBlank).Select(r => (r.Number, r.Cells[0])).ToList();

        rows.ShouldBe([(1, "学号"), (2, "S1"), (4, "S2")]);
    }

    [Fact]
    public void An_xlsx_written_by_MiniExcel_reads_like_the_csv()
    {
        var path = _folder.File("a.xlsx");
        MiniExcel.SaveAs(path, ChineseRows.Select(Dict), printHeader: false);

        Read(path, "a.xlsx").ShouldBe(ChineseRows.Select((r, i) => (i + 1, string.Join("|", r))).ToList());
    }

    [Fact]
    public void Typed_xlsx_cells_come_back_as_the_text_the_user_typed()
    {
        var path = _folder.File("typed.xlsx");
        IEnumerable<Dictionary<string, object?>> rows =
        [
            new() { ["A"] = "n", ["B"] = "d", ["C"] = "f", ["D"] = "b" },
            new() { ["A"] = 2024, ["B"] = new DateTime(2024, 9, 1), ["C"] = 0.1 + 0.2, ["D"] = true },
            new() { ["A"] = 123456789012345L, ["B"] = "2024/9/1", ["C"] = 1200.5m, ["D"] = false },
        ];
        MiniExcel.SaveAs(path, rows, printHeader: false);

        var read = new UploadFile(path, "typed.xlsx").ReadRows(default).ToList();

        read[1].Cells.ShouldBe(["2024", "2024-09-01", "0.3", "TRUE"]);
        read[2].Cells.ShouldBe(["123456789012345", "2024/9/1", "1200.5", "FALSE"]);
        read[1].LostPrecision.ShouldBeNull();
    }

    [Fact]
    public void An_18_digit_id_typed_as_a_number_is_flagged_and_refused_with_a_hint()
    {
        var path = _folder.File("ids.xlsx");
        IEnumerable<Dictionary<string, object?>> rows =
        [
            new() { ["A"] = "身份证号" },
            new() { ["A"] = 411702200809151234d },
        ];
        MiniExcel.SaveAs(path, rows, printHeader: false);

        var row = new UploadFile(path, "ids.xlsx").ReadRows(default).ElementAt(1);
        row.HasLostPrecision(0).ShouldBeTrue();

        var converter = new ColumnConverter(TestData.Dataset.Columns[2], null, new DateOnly(2025, 1, 1));
        converter.TryConvert(row.Cells[0], row.HasLostPrecision(0), out _, out var error).ShouldBeFalse();
        error.Code.ShouldBe(FilingErrorCodes.NumberLostPrecision);
    }

    [Fact]
    public void A_workbook_is_parsed_once_and_read_again_from_its_cache()
    {
        var path = _folder.File("cached.xlsx");
        MiniExcel.SaveAs(path, ChineseRows.Select(Dict), printHeader: false);
        using var file = new UploadFile(path, "cached.xlsx");

        using (var rows = file.ReadRows(default).GetEnumerator())
        {
            rows.MoveNext().ShouldBeTrue();
        }

        File.Exists(path + ".rows").ShouldBeFalse("a pass stopped early leaves no partial cache");
        var first = file.ReadRows(default).Select(r => string.Join("|", r.Cells)).ToList();
        File.Exists(path + ".rows").ShouldBeTrue();
        File.Delete(path); // the cache alone serves the next pass

        file.ReadRows(default).Select(r => string.Join("|", r.Cells)).ToList().ShouldBe(first);
        file.Dispose();
        File.Exists(path + ".rows").ShouldBeFalse();
    }

    [Fact]
    public void A_corrupt_xlsx_is_refused()
    {
        var good = _folder.File("good.xlsx");
        MiniExcel.SaveAs(good, ChineseRows.Select(Dict), printHeader: false);
        var bytes = File.ReadAllBytes(good);
        var truncated = _folder.File("truncated.xlsx");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        var text = _folder.File("text.xlsx");
        File.WriteAllText(text, "学号,姓名\r\n");

        Should.Throw<BusinessException>(() => Read(truncated, "truncated.xlsx")).Code.ShouldBe(FilingErrorCodes.UnsupportedFile);
        Should.Throw<BusinessException>(() => Read(text, "text.xlsx")).Code.ShouldBe(FilingErrorCodes.UnsupportedFile);
    }

    [Theory]
    [InlineData("roster.xls")]
    [InlineData("roster.txt")]
    [InlineData("roster")]
    public void Other_formats_are_refused_by_name(string name) =>
        Should.Throw<BusinessException>(() => UploadFile.FormatOf(name)).Code.ShouldBe(FilingErrorCodes.UnsupportedFile);

    [Fact]
    public void A_binary_file_named_csv_is_refused()
    {
        var path = _folder.File("zip.csv");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08]);

        Should.Throw<BusinessException>(() => Read(path, "zip.csv")).Code.ShouldBe(FilingErrorCodes.UnsupportedFile);
    }

    private static List<(int, string)> Read(string path, string name) =>
        new UploadFile(path, name).ReadRows(default).Select(r => (r.Number, string.Join("|", r.Cells))).ToList();

    private static Dictionary<string, object?> Dict(string?[] row) =>
        row.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: (object?)v)).ToDictionary(x => x.Key, x => x.Value);
}
