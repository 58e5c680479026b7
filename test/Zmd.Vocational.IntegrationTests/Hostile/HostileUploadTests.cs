using System.Net;
using System.Text;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;
using static Zmd.Vocational.IntegrationTests.Hostile.Hostile;

namespace Zmd.Vocational.IntegrationTests.Hostile;

/// <summary>The hostile-input corpus (README.md beside this file) uploaded to the real host by a school's filer, after a
/// good roster: each file is refused with its status and code and a Chinese message naming the file (and the row and
/// column where there is one), never a 500; the good roster is still the draft, unchanged; the server stays healthy.</summary>
public sealed class HostileUploadTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private static readonly string Good = RosterFiles.Students(5);

    /// <summary>Built once for the class (compressing a gigabyte takes seconds).</summary>
    private static readonly Lazy<byte[]> GigabyteBomb = new(() => HostileFiles.Bomb(1024));

    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
        using var filer = await fixture.App.LoginAsync("filer");
        var filings = await filer.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Year}&school={SchoolA}");
        if (!filings.Any(f => f.DatasetCode == "students"))
        {
            var stored = await UploadAsync(filer, "students", RosterFiles.Utf8(Good));
            stored.StatusCode.ShouldBe(HttpStatusCode.OK, await stored.Content.ReadAsStringAsync());
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A case refused as a whole file: the status, the code, and what its Chinese message must name.</summary>
    public sealed record FileCase(string FileName, Func<byte[]> Content, HttpStatusCode Status, string Code, string[] Mentions);

    private static FileCase Whole(string fileName, Func<byte[]> content, string code, params string[] mentions) =>
        new(fileName, content, HttpStatusCode.BadRequest, code, [fileName, .. mentions]);

    private static FileCase Rows(string fileName, Func<byte[]> content, string code, params string[] mentions) =>
        new(fileName, content, HttpStatusCode.UnprocessableEntity, code, mentions);

    private static byte[] Xlsx(IEnumerable<IReadOnlyList<string?>> rows) => HostileFiles.Xlsx(rows);

    private static readonly string TenMegabytes = new('长', 10 * 1024 * 1024 / 3);

    private static readonly Dictionary<string, FileCase> Cases = new()
    {
        ["utf16le-bom"] = Whole("名册.csv", () => HostileFiles.Utf16(Good, bigEndian: false, bom: true), FilingErrorCodes.UnsupportedFile, "UTF-8"),
        ["utf16le"] = Whole("名册.csv", () => HostileFiles.Utf16(Good, bigEndian: false, bom: false), FilingErrorCodes.UnsupportedFile),
        ["utf16be-bom"] = Whole("名册.csv", () => HostileFiles.Utf16(Good, bigEndian: true, bom: true), FilingErrorCodes.UnsupportedFile),
        ["utf16be"] = Whole("名册.csv", () => HostileFiles.Utf16(Good, bigEndian: true, bom: false), FilingErrorCodes.UnsupportedFile),
        ["big5"] = Rows("名册.csv", () => HostileFiles.Big5(Good), FilingErrorCodes.HeaderNotRecognized, "名册.csv", "编码"),
        ["shift-jis"] = Rows("名册.csv", () => HostileFiles.ShiftJis(Good), FilingErrorCodes.HeaderNotRecognized, "名册.csv", "编码"),
        ["latin1"] = Whole("latin1.csv", () => HostileFiles.Latin1(RosterFiles.StudentHeader + "\nS1,Anna\nS2,José\n"), FilingErrorCodes.UndecodableText, "第 3 行"),
        ["invalid-utf8"] = Whole("坏字节.csv", () => HostileFiles.Utf8WithBytes(Good, "学生3", [0xFF, 0xFE]), FilingErrorCodes.MixedEncoding, "第 4 行"),
        ["mixed-utf8-gb18030"] = Whole("混合.csv", () => HostileFiles.MixedUtf8ThenGb18030(Good, utf8Lines: 3), FilingErrorCodes.MixedEncoding, "第 4 行"),
        ["nul-near-start"] = Whole("nul.csv", () => RosterFiles.Utf8(Good.Replace("学生2", "学\0生2", StringComparison.Ordinal)), FilingErrorCodes.UnsupportedFile),
        ["nul-further-down"] = Rows("nul2.csv", () => RosterFiles.Utf8(RosterFiles.Students(1200).Replace("学生1100,", "学\0生1100,", StringComparison.Ordinal)),
            FilingErrorCodes.ControlCharacter, "姓名"),
        ["truncated-10"] = Whole("截断.xlsx", () => Cut(10), FilingErrorCodes.UnsupportedFile),
        ["truncated-50"] = Whole("截断.xlsx", () => Cut(50), FilingErrorCodes.UnsupportedFile),
        ["truncated-90"] = Whole("截断.xlsx", () => Cut(90), FilingErrorCodes.UnsupportedFile),
        ["bad-crc"] = Whole("坏.xlsx", () => HostileFiles.BadCrc(Xlsx(Hostile.Rows(Good))), FilingErrorCodes.UnsupportedFile),
        ["no-workbook"] = Whole("空壳.xlsx", HostileFiles.ZipWithoutWorkbook, FilingErrorCodes.UnsupportedFile),
        ["docx-renamed"] = Whole("文档.xlsx", HostileFiles.Docx, FilingErrorCodes.UnsupportedFile),
        ["encrypted-cfb"] = Whole("加密.xlsx", HostileFiles.EncryptedWorkbook, FilingErrorCodes.UnsupportedFile),
        ["png-renamed"] = Whole("图片.xlsx", HostileFiles.Png, FilingErrorCodes.UnsupportedFile),
        ["nested-zip"] = Whole("套娃.xlsx", () => HostileFiles.Nested(Xlsx(Hostile.Rows(Good))), FilingErrorCodes.UnsupportedFile),
        ["lying-size"] = Whole("谎报.xlsx", () => HostileFiles.LyingSize(Hostile.Rows(Good)), FilingErrorCodes.UnsupportedFile),
        ["empty-file"] = Whole("空.xlsx", () => [], FilingErrorCodes.EmptyFile),
        ["zero-row-sheet"] = Whole("空表.xlsx", HostileFiles.EmptySheet, FilingErrorCodes.EmptyFile),
        ["header-only"] = Whole("表头.csv", () => RosterFiles.Utf8(RosterFiles.StudentHeader + "\n"), FilingErrorCodes.EmptyFile),
        ["gigabyte-bomb"] = Whole("炸弹.xlsx", () => GigabyteBomb.Value, FilingErrorCodes.WorkbookTooLarge, "1024 MB", "xl/worksheets/sheet1.xml"),
        ["many-entries"] = Whole("多部件.xlsx", () => HostileFiles.ManyEntries(Hostile.Rows(Good), 20_000), FilingErrorCodes.WorkbookTooManyParts, "20005"),
        ["ten-mb-cell-csv"] = Rows("大单元格.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "姓名", TenMegabytes))), FilingErrorCodes.TooLong, "姓名", "64"),
        ["ten-mb-cell-xlsx"] = Rows("大单元格.xlsx", () => Xlsx(WithCell(Good, 2, "姓名", TenMegabytes)), FilingErrorCodes.TooLong, "姓名", "64"),
        ["many-columns"] = Rows("宽表.csv", () => RosterFiles.Utf8(RosterFiles.StudentHeader + string.Concat(Enumerable.Range(1, 20_000).Select(i => ",列" + i)) + "\n"
            + RosterFiles.StudentRow(1) + "\n"), FilingErrorCodes.UnknownHeader, "列1"),
        ["formula-without-value"] = Rows("公式.xlsx", () => Xlsx(WithCell(Good, 2, "入学年份", "=FORMULA:YEAR(TODAY())|")), FilingErrorCodes.Required, "入学年份"),
        ["text-in-number"] = Rows("类型.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "入学年份", "二〇二四"))), FilingErrorCodes.NotInteger, "入学年份", "二〇二四"),
        ["decimal-in-integer"] = Rows("类型.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "入学年份", "2024.5"))), FilingErrorCodes.NotInteger, "入学年份"),
        ["boolean-in-integer"] = Rows("类型.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "入学年份", "TRUE"))), FilingErrorCodes.NotInteger, "入学年份"),
        ["huge-number"] = Rows("大数.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "入学年份", "99999999999999999999"))), FilingErrorCodes.OutOfRange, "入学年份", "2000", "2100"),
        ["1e309"] = Rows("大数.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "入学年份", "1e309"))), FilingErrorCodes.NotInteger, "1e309"),
        ["nan"] = Rows("大数.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "入学年份", "NaN"))), FilingErrorCodes.NotInteger, "NaN"),
        ["negative"] = Rows("大数.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "入学年份", "-2024"))), FilingErrorCodes.OutOfRange, "-2024"),
        ["impossible-date"] = Rows("日期.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "出生日期", "2008-02-30"))), FilingErrorCodes.NotDate, "出生日期", "2008-**-**"),
        ["month-only-date"] = Rows("日期.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "出生日期", "2008年2月"))), FilingErrorCodes.NotDate, "2008年*月"),
        ["serial-date-as-text"] = Rows("日期.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "出生日期", "39448"))), FilingErrorCodes.NotDate, "*****"),
        ["sql-in-year"] = Rows("注入.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "入学年份", "2024; DROP TABLE EnrStudents"))), FilingErrorCodes.NotInteger, "入学年份"),
        ["script-in-id"] = Rows("注入.csv", () => RosterFiles.Utf8(Csv(WithCell(Good, 2, "身份证号", "<script>alert(1)</script>"))), FilingErrorCodes.InvalidIdNumber, "身份证号"),
        ["duplicate-header"] = Rows("表头.csv", () => RosterFiles.Utf8(Good.Replace("姓名,", "学号,", StringComparison.Ordinal)), FilingErrorCodes.DuplicateHeader, "学号"),
        ["missing-header"] = Rows("表头.csv", () => RosterFiles.Utf8(Good.Replace("姓名,", "名字,", StringComparison.Ordinal)), FilingErrorCodes.UnknownHeader, "名字"),
        ["open-quote-past-16m"] = Whole("未闭合.csv", () => RosterFiles.Utf8(Good + "S9,\"" + new string('x', 17 * 1024 * 1024) + "\n"), FilingErrorCodes.RowTooLong, "第 7 行"),
        ["unbalanced-quote"] = Rows("引号.csv", () => RosterFiles.Utf8(Good.Replace(",学生3,", ",\"学生3,", StringComparison.Ordinal)), FilingErrorCodes.TooLong, "姓名"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    private static byte[] Cut(int percent)
    {
        var good = HostileFiles.Xlsx(Hostile.Rows(Good));
        return HostileFiles.Truncated(good, good.Length * percent / 100);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Each_bad_file_is_refused_clearly_and_changes_nothing(string name)
    {
        var @case = Cases[name];
        using var filer = await fixture.App.LoginAsync("filer");
        var before = await SnapshotAsync(filer);

        var response = await UploadAsync(filer, "students", @case.Content(), fileName: @case.FileName);

        response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
        response.StatusCode.ShouldBe(@case.Status, await response.Content.ReadAsStringAsync());
        string message;
        if (@case.Status == HttpStatusCode.UnprocessableEntity)
        {
            var result = await RefusedRowsAsync(response);
            var error = result.Errors[0];
            error.Code.ShouldBe(@case.Code);
            error.File.ShouldBe(@case.FileName);
            error.Row.ShouldBeGreaterThan(0);
            message = error.Message;
        }
        else
        {
            var problem = await response.ProblemAsync();
            problem.Code.ShouldBe(@case.Code);
            message = problem.Detail;
        }

        message.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", "the message is in Chinese");
        foreach (var mention in @case.Mentions)
        {
            message.ShouldContain(mention);
        }

        (await SnapshotAsync(filer)).ShouldBe(before, "the good roster is still the draft, unchanged");
        await AssertHealthyAsync(fixture.App, filer);
    }

    [Fact]
    public async Task A_row_error_names_the_row_and_column_the_user_sees()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var result = await RefusedRowsAsync(await UploadAsync(filer, "students", RosterFiles.Utf8(Csv(WithCell(Good, 4, "出生日期", "2008-02-30"))), fileName: "日期.csv"));
        var error = result.Errors.ShouldHaveSingleItem();
        // A birth date is quoted by its year only, whoever reads the list (the ID number beside it is masked).
        (error.Row, error.Column, error.Value).ShouldBe((5, "出生日期", "2008-**-**"));
        error.Message.ShouldBe("“出生日期”不是有效日期：“2008-**-**”。请写成 2024-09-01 的格式。");

        var nul = await RefusedRowsAsync(await UploadAsync(filer, "students",
            RosterFiles.Utf8(RosterFiles.Students(1200).Replace("学生1100,", "学\0生1100,", StringComparison.Ordinal)), fileName: "nul.csv"));
        (nul.Errors.ShouldHaveSingleItem().Row, nul.Errors[0].Column).ShouldBe((1101, "姓名"));
    }

    [Fact]
    public async Task English_is_given_on_request()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filing/{Year}/{SchoolA}/students?fileName=bomb.xlsx")
        {
            Content = new ByteArrayContent(HostileFiles.ManyEntries(Hostile.Rows(Good), 20_000)),
        };
        request.Content.Headers.ContentType = new("application/octet-stream");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await filer.SendAsync(request)).ProblemAsync();
        problem.Code.ShouldBe(FilingErrorCodes.WorkbookTooManyParts);
        problem.Detail.ShouldBe("File \"bomb.xlsx\" holds 20005 parts in its zip (a real workbook has at most 10000); it is not a valid Excel workbook and was not read.");
    }

    [Fact]
    public async Task Script_and_sql_text_in_free_text_is_stored_verbatim_and_shown_escaped()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var rows = Hostile.Rows(RosterFiles.Students(3));
        string[] names = ["<script>alert(1)</script>", "\" OR 1=1 --", "<img src=x onerror=alert(2)>"];
        for (var i = 0; i < names.Length; i++)
        {
            var row = rows[i + 1].ToArray();
            row[1] = names[i];
            rows[i + 1] = row;
        }

        var sqlNumber = "'; DROP TABLE x; --";
        var first = rows[1].ToArray();
        first[0] = sqlNumber;
        rows[1] = first;

        // Quoted, so the commas and quotes inside stay in their cells.
        var stored = await UploadAsync(filer, "students", RosterFiles.Utf8(HostileFiles.Csv(rows)), fileName: "注入.csv");
        stored.StatusCode.ShouldBe(HttpStatusCode.OK, await stored.Content.ReadAsStringAsync());
        var filing = await FilingAsync(filer, "students");
        filing.RowCount.ShouldBe(3);

        var preview = await filer.GetJsonAsync<FilingPreviewDto>($"/api/filing/filings/{filing.Id}/preview");
        preview.Rows.Select(r => r[1]).ShouldBe(names);
        preview.Rows[0][0].ShouldBe(sqlNumber);

        var html = await filer.GetStringAsync($"/Filing/Detail/{filing.Id}");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("&lt;img src=x onerror=alert(2)&gt;");
        html.ShouldNotContain("<script>alert(1)");
        html.ShouldNotContain("<img src=x");
        await AssertHealthyAsync(fixture.App, filer);

        // Back to the good roster for the other cases.
        (await UploadAsync(filer, "students", RosterFiles.Utf8(Good))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Dates_in_every_unambiguous_chinese_format_and_cr_only_line_endings_are_accepted()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var rows = Hostile.Rows(RosterFiles.Students(7));
        var birth = rows[0].ToList().IndexOf("出生日期");
        string[] formats = ["yyyy年M月d日", "yyyy/M/d", "yyyy-MM-dd", "yyyy.M.d", "yyyyMMdd", "yyyy/M/d H:mm", "chinese"];
        var expected = new List<string>();
        for (var i = 0; i < formats.Length; i++)
        {
            var row = rows[i + 1].ToArray();
            var date = DateOnly.ParseExact(row[birth]!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            row[birth] = formats[i] == "chinese" ? ChineseDate(date) : date.ToDateTime(TimeOnly.MinValue).ToString(formats[i], System.Globalization.CultureInfo.InvariantCulture);
            rows[i + 1] = row;
            expected.Add(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = await UploadAsync(filer, "students", RosterFiles.Utf8(Csv(rows).Replace("\n", "\r", StringComparison.Ordinal)), fileName: "日期.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var filing = await FilingAsync(filer, "students");
        // Read by who may see personal data: the filer sees birth dates by their year only.
        using var admin = await fixture.App.LoginAsync("admin");
        var preview = await admin.GetJsonAsync<FilingPreviewDto>($"/api/filing/filings/{filing.Id}/preview");
        var column = preview.Headers.ToList().IndexOf("出生日期");
        preview.Rows.Select(r => r[column]).ShouldBe(expected);

        (await UploadAsync(filer, "students", RosterFiles.Utf8(Good))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string ChineseDate(DateOnly date)
    {
        const string digits = "〇一二三四五六七八九";
        static string Number(int n) => n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n % 10],
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };

        return string.Concat(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => digits[c - '0'])) + "年" + Number(date.Month) + "月" + Number(date.Day) + "日";
    }

    [Theory]
    [InlineData("../../x.csv", "x.csv")]
    [InlineData("..\\..\\windows\\x.csv", "x.csv")]
    [InlineData("/etc/passwd/x.csv", "x.csv")]
    [InlineData("a\0b\u0007c.csv", "abc.csv")]
    public async Task A_path_or_control_characters_in_the_file_name_are_dropped(string fileName, string kept)
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var response = await UploadAsync(filer, "students", RosterFiles.Utf8(Good), fileName: fileName);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var filing = await FilingAsync(filer, "students");
        var history = await filer.GetJsonAsync<List<FilingEventDto>>($"/api/filing/filings/{filing.Id}/history");
        history.MaxBy(e => e.Version)!.FileName.ShouldBe(kept);
    }

    [Fact]
    public async Task A_very_long_file_name_is_cut_to_fit_and_keeps_its_extension()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var response = await UploadAsync(filer, "students", RosterFiles.Utf8(Good), fileName: new string('a', 3000) + ".csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var filing = await FilingAsync(filer, "students");
        var name = (await filer.GetJsonAsync<List<FilingEventDto>>($"/api/filing/filings/{filing.Id}/history")).MaxBy(e => e.Version)!.FileName!;
        name.Length.ShouldBe(260);
        name.ShouldEndWith("a….csv");

        var refused = await UploadAsync(filer, "students", [], fileName: new string('a', 3000) + ".csv");
        (await refused.ProblemAsync()).Detail.ShouldContain("a….csv");

        // A name too long for a URL (5,000 Chinese characters, 45 KB escaped) is refused by Kestrel before the app.
        var tooLong = await UploadAsync(filer, "students", RosterFiles.Utf8(Good), fileName: new string('名', 5000) + ".csv");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=x", HttpStatusCode.UnsupportedMediaType, "Core:Http415", "Content-Type")]
    [InlineData("application/json", HttpStatusCode.UnsupportedMediaType, "Core:Http415", "Content-Type")]
    [InlineData("text/html", HttpStatusCode.UnsupportedMediaType, "Core:Http415", "Content-Type")]
    [InlineData(null, HttpStatusCode.BadRequest, FilingErrorCodes.UnsupportedFile, "a.csv")]
    public async Task A_wrong_content_type_is_refused(string? contentType, HttpStatusCode status, string code, string mention)
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var before = await SnapshotAsync(filer);
        var body = new ByteArrayContent(RosterFiles.Utf8(Good));
        body.Headers.ContentType = contentType is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        var response = await filer.PostAsync($"/api/filing/{Year}/{SchoolA}/students?fileName=a.csv", body);
        response.StatusCode.ShouldBe(status);
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe(code);
        problem.Detail.ShouldContain(mention);
        problem.Detail.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        (await SnapshotAsync(filer)).ShouldBe(before);
    }

    [Fact]
    public async Task A_file_over_200_mb_is_refused_by_its_declared_length_before_it_is_sent()
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), Expect100ContinueTimeout = TimeSpan.FromMinutes(2) };
        using var client = new HttpClient(handler) { BaseAddress = fixture.App.Address, Timeout = TimeSpan.FromMinutes(2) };
        (await client.PostJsonAsync("/api/account/login", new { userName = "filer", password = TestApp.DemoPassword })).EnsureSuccessStatusCode();
        var before = await SnapshotAsync(client);

        const long size = (200L * 1024 * 1024) + 1;
        var body = new CountingContent(size);
        body.Headers.ContentType = new("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filing/{Year}/{SchoolA}/students?fileName=huge.csv") { Content = body };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe(FilingErrorCodes.FileTooLarge);
        problem.Detail.ShouldBe("文件“huge.csv”超过允许的大小（200 MB）。");
        body.Sent.ShouldBeLessThan(1024 * 1024, "the server answered before the body was sent");
        (await SnapshotAsync(client)).ShouldBe(before);
        await AssertHealthyAsync(fixture.App, client);
    }

    [Fact]
    public async Task A_body_past_kestrels_default_30_mb_reaches_the_upload_and_is_checked_as_usual()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var before = await SnapshotAsync(filer);
        // 42 MB: three names of 14 M characters (each under the CSV reader's 16 M a row).
        var cell = new string('x', 14 * 1024 * 1024);
        var rows = WithCell(Csv(WithCell(Csv(WithCell(Good, 1, "姓名", cell)), 2, "姓名", cell)), 3, "姓名", cell);
        var content = RosterFiles.Utf8(Csv(rows));
        content.Length.ShouldBeGreaterThan(40 * 1024 * 1024);
        var result = await RefusedRowsAsync(await UploadAsync(filer, "students", content, fileName: "40mb.csv"));
        result.Errors.Select(e => (e.Code, e.Row)).ShouldBe([(FilingErrorCodes.TooLong, 2), (FilingErrorCodes.TooLong, 3), (FilingErrorCodes.TooLong, 4)]);
        (await SnapshotAsync(filer)).ShouldBe(before);
    }

    /// <summary>A body of <paramref name="length"/> bytes made up as it is read, counting what was sent.</summary>
    private sealed class CountingContent(long length) : HttpContent
    {
        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            while (Sent < length)
            {
                var n = (int)Math.Min(chunk.Length, length - Sent);
                await stream.WriteAsync(chunk.AsMemory(0, n));
                Sent += n;
            }
        }

        protected override bool TryComputeLength(out long length1)
        {
            length1 = length;
            return true;
        }
    }
}
