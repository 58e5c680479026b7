using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

/// <summary>The streaming xlsx reader on workbooks written part by part, so that each case is exactly the XML Excel (or
/// WPS, or another library) would write.</summary>
public sealed class XlsxRowReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Shared_inline_and_formula_strings_read_alike()
    {
        var path = Write("strings.xlsx", new XlsxParts
        {
            SharedStrings = ["学号", "张三", "a_x000D_b"],
            Sheet = Sheet("""
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>学号</t></is></c><c r="C1" t="str"><f>A1</f><v>学号</v></c></row>
                <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>张三</t></is></c><c r="C2" t="str"><v>张三</v></c></row>
                <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" t="s"><v>99</v></c></row>
                """),
        });

        var rows = Read(path);

        rows.Select(r => r.Cells).ShouldBe([["学号", "学号", "学号"], ["张三", "张三", "张三"], ["a\rb", "#N/A", null]]);
    }

    [Fact]
    public void Missing_cells_and_rows_keep_the_places_Excel_shows()
    {
        var path = Write("gaps.xlsx", new XlsxParts
        {
            Sheet = Sheet("""
                <row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row>
                <row r="5" spans="1:4"><c r="B5" t="inlineStr"><is><t>b</t></is></c></row>
                <row r="6"/>
                <row r="7"><c r="D7"><v>4</v></c></row>
                """, dimension: "A2:D7"),
        });

        var rows = Read(path);

        rows.Select(r => r.Number).ShouldBe([1, 2, 3, 4, 5, 6, 7]);
        rows.ShouldAllBe(r => r.Cells.Length == 4, "as wide as the sheet's dimension");
        rows[1].Cells.ShouldBe(["1", null, "3", null]);
        rows[4].Cells.ShouldBe([null, "b", null, null]);
        rows[6].Cells.ShouldBe([null, null, null, "4"]);
        rows.Where((_, i) => i is 0 or 2 or 3 or 5).ShouldAllBe(r => r.IsBlank);
    }

    [Fact]
    public void A_sheet_without_a_dimension_is_as_wide_as_its_cells()
    {
        var path = Write("nodim.xlsx", new XlsxParts
        {
            Sheet = Sheet("""<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="E2"><v>5</v></c></row>"""),
        });

        Read(path).Select(r => r.Cells).ShouldBe([["1", "2"], [null, null, null, null, "5"]]);
    }

    [Fact]
    public void Numbers_are_dates_or_numbers_by_their_cell_style()
    {
        // Styles: 0 General, 1 built-in date (14), 2 a custom Chinese date, 3 a custom date and time, 4 text (@),
        // 5 a custom number format, 6 a built-in time (20), 7 an elapsed-time format (not a date).
        var path = Write("dates.xlsx", new XlsxParts
        {
            Styles = Styles(
                [0, 14, 164, 165, 49, 166, 20, 167],
                """<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="yyyy/m/d\ hh:mm"/><numFmt numFmtId="166" formatCode="#,##0.00_ "/><numFmt numFmtId="167" formatCode="[h]:mm:ss"/>"""),
            Sheet = Sheet("""
                <row r="1">
                  <c r="A1"><v>45536</v></c><c r="B1" s="1"><v>45536</v></c><c r="C1" s="2"><v>45536</v></c><c r="D1" s="3"><v>45536.4375</v></c>
                  <c r="E1" s="4"><v>45536</v></c><c r="F1" s="5"><v>1200.5</v></c><c r="G1" s="6"><v>0.75</v></c><c r="H1" s="7"><v>1.5</v></c>
                </row>
                <row r="2"><c r="A2" s="1" t="inlineStr"><is><t>2024/9/1</t></is></c><c r="B2" s="1"/><c r="C2" s="99"><v>45536</v></c></row>
                """),
        });

        var rows = Read(path);

        rows[0].Cells.ShouldBe(["45536", "2024-09-01", "2024-09-01", "2024-09-01 10:30:00", "45536", "1200.5", "18:00:00", "1.5"]);
        rows[1].Cells.Take(3).ShouldBe(["2024/9/1", null, "45536"]);
        rows.ShouldAllBe(r => r.LostPrecision == null);
    }

    [Fact]
    public void An_18_digit_number_has_lost_precision_and_is_flagged_while_the_same_text_is_exact()
    {
        var id = TestData.Id(123);
        var path = Write("ids.xlsx", new XlsxParts
        {
            SharedStrings = [id],
            Sheet = Sheet("""
                <row r="1"><c r="A1"><v>4.1170220080915123E+17</v></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>123456789012345</v></c><c r="D1"><v>0.30000000000000004</v></c></row>
                """),
        });

        var row = Read(path).ShouldHaveSingleItem();

        row.Cells.ShouldBe(["4.117022008091512E+17", id, "123456789012345", "0.3"]);
        row.LostPrecision.ShouldBe([0]);
        var converter = new ColumnConverter(TestData.Dataset.Columns[2], null, new DateOnly(2025, 1, 1));
        converter.TryConvert(row.Cells[0], row.HasLostPrecision(0), out _, out var error).ShouldBeFalse();
        error.Code.ShouldBe(FilingErrorCodes.NumberLostPrecision);
        converter.TryConvert(row.Cells[1], row.HasLostPrecision(1), out var value, out _).ShouldBeTrue();
        value.ShouldBe(id);
    }

    [Fact]
    public void Booleans_read_as_TRUE_and_FALSE()
    {
        var path = Write("bools.xlsx", new XlsxParts
        {
            Sheet = Sheet("""<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"/></row>"""),
        });

        Read(path).Single().Cells.ShouldBe(["TRUE", "FALSE", null]);
    }

    [Fact]
    public void Rich_text_runs_are_joined_and_phonetic_guides_left_out()
    {
        var path = Write("rich.xlsx", new XlsxParts
        {
            RawSharedStrings = """
                <si><r><rPr><b/><sz val="11"/></rPr><t>计算机</t></r><r><rPr><i/></rPr><t xml:space="preserve"> 应用 </t></r></si>
                <si><t>张三</t><rPh sb="0" eb="2"><t>zhang san</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>
                <si><t xml:space="preserve">  </t></si>
                """,
            Sheet = Sheet("""
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>
                <c r="D1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本</t></r></is></c></row>
                """),
        });

        Read(path).Single().Cells.ShouldBe(["计算机 应用 ", "张三", "  ", "富 文本"]);
    }

    [Fact]
    public void Only_the_first_sheet_is_read()
    {
        var path = Write("two.xlsx", new XlsxParts
        {
            Sheet = Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>"""),
            MoreSheets = [("说明", "worksheets/sheet2.xml", Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>"""))],
        });

        Read(path).Select(r => r.Cells[0]).ShouldBe(["first"]);
    }

    [Fact]
    public void The_first_sheet_is_found_through_the_workbook_whatever_its_part_is_called()
    {
        // Sheets reordered in Excel: the first tab is stored as sheet2.xml (and addressed absolutely), sheet1.xml is second.
        var path = Write("reordered.xlsx", new XlsxParts
        {
            SheetPart = "/xl/worksheets/sheet2.xml",
            Sheet = Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>数据</t></is></c></row>"""),
            MoreSheets = [("填写说明", "worksheets/sheet1.xml", Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row>"""))],
        });

        Read(path).Single().Cells.ShouldBe(["数据"]);
    }

    [Fact]
    public void A_workbook_written_by_the_Open_Xml_SDK_with_several_sheets_reads_its_first()
    {
        var template = TemplateWorkbook.Build(TestData.Dataset, TestData.Lists());
        var path = _folder.File("template.xlsx");
        File.WriteAllBytes(path, template);

        var header = Read(path).First();

        header.Cells.Select(HeaderMapper.Normalize).ShouldBe(TestData.Headers);
    }

    [Fact]
    public void A_typed_MiniExcel_workbook_reads_as_before()
    {
        var path = _folder.File("typed.xlsx");
        IEnumerable<Dictionary<string, object?>> rows =
        [
            new() { ["A"] = "身份证号", ["B"] = "出生日期", ["C"] = "入学年份", ["D"] = "学费", ["E"] = "是否学徒" },
            new() { ["A"] = "411702200809151234", ["B"] = new DateTime(2008, 9, 15), ["C"] = 2024, ["D"] = 1200.5m, ["E"] = true },
            new() { ["A"] = 411702200809151234d, ["B"] = new DateTime(2008, 9, 15, 8, 30, 0), ["C"] = -3, ["D"] = 0.1 + 0.2, ["E"] = null },
        ];
        MiniExcel.SaveAs(path, rows, printHeader: false);

        var read = Read(path);

        read[1].Cells.ShouldBe(["411702200809151234", "2008-09-15", "2024", "1200.5", "TRUE"]);
        read[2].Cells.ShouldBe(["4.117022008091512E+17", "2008-09-15 08:30:00", "-3", "0.3", null]);
        read[2].LostPrecision.ShouldBe([0]);
    }

    [Fact]
    public void Corrupt_and_truncated_files_are_refused()
    {
        var good = Write("good.xlsx", new XlsxParts { Sheet = Sheet("""<row r="1"><c r="A1"><v>1</v></c></row>""") });
        var bytes = File.ReadAllBytes(good);

        var truncated = _folder.File("truncated.xlsx");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length * 2 / 3)]);
        var noise = _folder.File("noise.xlsx");
        File.WriteAllBytes(noise, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());
        var brokenXml = Write("broken.xlsx", new XlsxParts { Sheet = """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></row>""" });
        var dtd = Write("dtd.xlsx", new XlsxParts
        {
            Sheet = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="str"><v>&a;</v></c></row></sheetData></worksheet>""",
        });
        var noSheet = _folder.File("nosheet.xlsx");
        using (var zip = ZipFile.Open(noSheet, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<document/>");
        }

        foreach (var path in new[] { truncated, noise, brokenXml, dtd, noSheet })
        {
            Should.Throw<BusinessException>(() => Read(path), Path.GetFileName(path)).Code.ShouldBe(FilingErrorCodes.UnsupportedFile);
        }
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        // 64 MB of "0" deflates to about 64 KB: a ratio near 1000 to 1.
        var path = _folder.File("bomb.xlsx");
        var parts = new XlsxParts { Sheet = Sheet("""<row r="1"><c r="A1"><v>1</v></c></row>""") };
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            parts.AddTo(zip, sheetEntry: entry =>
            {
                var zeros = new byte[1 << 20];
                Array.Fill(zeros, (byte)'0');
                entry.Write(Encoding.UTF8.GetBytes("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>"""));
                for (var i = 0; i < 64; i++)
                {
                    entry.Write(zeros);
                }

                entry.Write(Encoding.UTF8.GetBytes("</v></c></row></sheetData></worksheet>"));
            });
        }

        // The refusal names the size the zip directory declares: it came from there, before anything was inflated.
        var refused = Should.Throw<BusinessException>(() => Read(path));
        refused.Code.ShouldBe(FilingErrorCodes.WorkbookTooLarge);
        refused.Args["size"].ShouldBe(64L);

        using (var zip = ZipFile.OpenRead(path))
        {
            var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            (sheet.Length / sheet.CompressedLength).ShouldBeGreaterThan(XlsxPackage.MaxCompressionRatio);
        }
    }

    [Fact]
    public void A_part_that_inflates_beyond_its_declared_size_is_refused()
    {
        var path = Write("liar.xlsx", new XlsxParts
        {
            Sheet = Sheet(string.Concat(Enumerable.Range(1, 2000).Select(i => $"""<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>"""))),
        });

        // Patch the central directory record of the sheet: it now claims to inflate to 100 bytes.
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        var patched = false;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02
                && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 100u).ShouldBeTrue();
                patched = true;
            }
        }

        patched.ShouldBeTrue();
        File.WriteAllBytes(path, bytes);

        Should.Throw<BusinessException>(() => Read(path)).Code.ShouldBe(FilingErrorCodes.UnsupportedFile);
    }

    private List<RawRow> Read(string path) => XlsxRowReader.Read(path, Path.GetFileName(path), default).ToList();

    private string Write(string name, XlsxParts parts)
    {
        var path = _folder.File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        parts.AddTo(zip);
        return path;
    }

    private static string Sheet(string rows, string? dimension = null) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{(dimension is null ? "" : $"<dimension ref=\"{dimension}\"/>")}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>{rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>""";

    private static string Styles(int[] cellFormatIds, string numFmts) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>{numFmts}</numFmts><fonts count="1"><font><sz val="11"/></font></fonts><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs><cellXfs count="{cellFormatIds.Length}">{string.Concat(cellFormatIds.Select(id => $"<xf numFmtId=\"{id}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"))}</cellXfs></styleSheet>""";

    /// <summary>The parts of a minimal workbook, as Excel lays them out.</summary>
    private sealed class XlsxParts
    {
        private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

        public required string Sheet { get; init; }

        /// <summary>The first sheet's relationship target (relative to xl/, or absolute).</summary>
        public string SheetPart { get; init; } = "worksheets/sheet1.xml";

        public IReadOnlyList<(string Name, string Part, string Xml)> MoreSheets { get; init; } = [];

        public IReadOnlyList<string>? SharedStrings { get; init; }

        public string? RawSharedStrings { get; init; }

        public string? Styles { get; init; }

        public void AddTo(ZipArchive zip, Action<Stream>? sheetEntry = null)
        {
            var sheets = new List<(string Name, string Part, string? Xml)> { ("数据", SheetPart, Sheet) };
            sheets.AddRange(MoreSheets.Select(s => (s.Name, s.Part, (string?)s.Xml)));

            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>""");
            Add(zip, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml",
                $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{Rel}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>{string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\" r:id=\"rIdSheet{i}\"/>"))}</sheets></workbook>""");
            var rels = new StringBuilder();
            rels.Append("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
            rels.Append($"""<Relationship Id="rIdStyles" Type="{Rel}/styles" Target="styles.xml"/>""");
            for (var i = sheets.Count - 1; i >= 0; i--)
            {
                rels.Append($"""<Relationship Id="rIdSheet{i}" Type="{Rel}/worksheet" Target="{sheets[i].Part}"/>""");
            }

            if (SharedStrings is not null || RawSharedStrings is not null)
            {
                rels.Append($"""<Relationship Id="rIdStrings" Type="{Rel}/sharedStrings" Target="sharedStrings.xml"/>""");
                var items = RawSharedStrings ?? string.Concat(SharedStrings!.Select(s => $"<si><t>{System.Security.SecurityElement.Escape(s)}</t></si>"));
                Add(zip, "xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{items}</sst>""");
            }

            rels.Append("</Relationships>");
            Add(zip, "xl/_rels/workbook.xml.rels", rels.ToString());
            Add(zip, "xl/styles.xml", Styles ?? XlsxRowReaderTests.Styles([0], ""));
            for (var i = 0; i < sheets.Count; i++)
            {
                var entryName = sheets[i].Part.StartsWith('/') ? sheets[i].Part[1..] : "xl/" + sheets[i].Part;
                if (i == 0 && sheetEntry is not null)
                {
                    using var stream = zip.CreateEntry(entryName, CompressionLevel.Optimal).Open();
                    sheetEntry(stream);
                }
                else
                {
                    Add(zip, entryName, sheets[i].Xml!);
                }
            }
        }

        private static void Add(ZipArchive zip, string name, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
    }
}
