using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>The error report hands the user's own cells back as an xlsx: none of them may open as a formula.</summary>
public sealed class FormulaInjectionTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\")";
    private const string Command = "+cmd|' /C calc'!A0";
    private const string Sum = "@SUM(1)";
    private const string Arithmetic = "-2+3";

    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_error_report_of_a_refused_file_neutralises_formulas_in_every_cell()
    {
        static string[] Cells(int n) => RosterFiles.StudentRow(n).Split(',');
        var rows = Enumerable.Range(1, 5).Select(Cells).ToArray();
        rows[0][1] = "\"" + Hyperlink.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";   // 姓名, quoted as CSV needs
        rows[1][5] = Command;      // 专业代码
        rows[2][3] = Sum;          // 性别
        rows[3][7] = Arithmetic;   // 入学年份
        rows[4][7] = "-5";         // 入学年份: a plain number stays a number
        var csv = RosterFiles.StudentHeader + "\n" + string.Join("\n", rows.Select(r => string.Join(',', r))) + "\n";

        using var filer = await fixture.App.LoginAsync("filer");
        var refused = await UploadAsync(filer, "students", RosterFiles.Utf8(csv), fileName: "注入测试.csv");
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var result = await refused.BodyAsync<ImportResultDto>();
        result.Stored.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Row == 3 && e.Column == "专业代码");
        result.Errors.ShouldContain(e => e.Row == 4 && e.Column == "性别");
        result.Errors.ShouldContain(e => e.Row == 5 && e.Column == "入学年份");

        var report = await filer.GetAsync($"/api/filing/reports/{result.ErrorReportId}");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (texts, formulas) = ReadSheets(await report.Content.ReadAsByteArrayAsync());

        formulas.ShouldBe(0, "no cell of the report is a formula");
        foreach (var payload in new[] { Hyperlink, Command, Sum, Arithmetic })
        {
            texts.ShouldContain("'" + payload);
            texts.ShouldNotContain(payload);
        }

        texts.ShouldContain("-5");
        texts.ShouldNotContain("'-5");
        texts.Where(t => t.Length > 0).ShouldAllBe(t => !"=+-@\t\r".Contains(t[0]) || t == "-5");
    }

    /// <summary>Every cell text of every worksheet (inline or shared strings) and the number of formula elements.</summary>
    internal static (List<string> Texts, int Formulas) ReadSheets(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } entry
            ? Load(entry).Descendants(main + "si").Select(si => string.Concat(si.Descendants(main + "t").Select(t => t.Value))).ToList()
            : [];
        var texts = new List<string>();
        var formulas = 0;
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var xml = Load(sheet);
            formulas += xml.Descendants(main + "f").Count();
            foreach (var cell in xml.Descendants(main + "c"))
            {
                var type = (string?)cell.Attribute("t");
                texts.Add(type switch
                {
                    "s" => shared[int.Parse(cell.Element(main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)],
                    "inlineStr" => string.Concat(cell.Descendants(main + "t").Select(t => t.Value)),
                    _ => cell.Element(main + "v")?.Value ?? "",
                });
            }
        }

        return (texts, formulas);
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
