using System.Globalization;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Charts;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Rendering;
using Zmd.Vocational.Reporting.Rendering.Pdf;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.UnitTests.Reporting;

/// <summary>What the renderer builds around a template: layout, partials, numbered headings, tables and figures, the
/// table of contents, the template versions, localized texts, PDF printing.</summary>
public sealed class DocumentTests
{
    [Fact]
    public async Task A_report_goes_into_the_layout_and_includes_partials_whose_values_are_escaped_once()
    {
        var files = new Dictionary<string, string>
        {
            ["_layout.html.scriban"] = "<html><title>{{ report.title }}</title>{{ content }}</html>",
            ["_partials/greet.html.scriban"] = "<b>你好，{{ name }}</b>",
            ["_partials/shared.scriban"] = "<i>{{ $1 }}</i>",
        };

        var rendered = await Sandbox.RenderAsync("{{ include 'greet' }}{{ include 'shared' 'x<y' }}",
            new { Report = new { Title = "年报 & 附录" }, Name = "<i>甲</i>" }, others: files);

        rendered.Content.ShouldBe("<html><title>年报 &amp; 附录</title><b>你好，&lt;i&gt;甲&lt;/i&gt;</b><i>x&lt;y</i></html>");
        rendered.TemplateVersions.Keys.ShouldBe(["_layout.html.scriban", "_partials/greet.html.scriban", "_partials/shared.scriban", "t.html.scriban"], ignoreOrder: true);
        rendered.TemplateVersions["_partials/greet.html.scriban"].ShouldBe(TemplateText.Hash(files["_partials/greet.html.scriban"]));
        rendered.TemplateVersions["t.html.scriban"].Length.ShouldBe(64);
    }

    [Fact]
    public async Task A_report_may_leave_the_layout_out_or_choose_another()
    {
        var files = new Dictionary<string, string>
        {
            ["_layout.html.scriban"] = "<main>{{ content }}</main>",
            ["_layout-brief.html.scriban"] = "<aside>{{ content }}</aside>",
        };

        (await Sandbox.HtmlAsync("{{ layout = false }}正文", others: files)).ShouldBe("正文");
        (await Sandbox.HtmlAsync("{{ layout = '_layout-brief' }}正文", others: files)).ShouldBe("<aside>正文</aside>");
        (await Sandbox.HtmlAsync("正文", others: files)).ShouldBe("<main>正文</main>");
        (await Sandbox.ErrorAsync("{{ layout = '_nope' }}正文", others: files)).Arg("message").ShouldContain("_nope");
        (await Sandbox.ErrorAsync("{{ include '../secret' }}", others: files)).Arg("message").ShouldContain("not a partial name");
    }

    [Fact]
    public async Task Headings_are_numbered_the_chinese_way_and_listed_in_the_contents_before_them()
    {
        var model = new { Bars = new BarChartSpec("各县在校生", "人", [new BarItem("驿城区", 1200, false)], null, "目标", "无数据") };
        var html = await Sandbox.HtmlAsync(
            "{{ toc }}{{ heading 1 '前言' false }}{{ heading 1 '基本情况' }}{{ heading 2 '规模和结构' }}{{ heading 2 '教师队伍' }}{{ heading 3 '细目' }}"
            + "{{ table '学校' ['名称', {title: '在校生', format: 'num'}, {title: '比例', format: 'pct', decimals: 2}] [['甲<校>', 1234, 12.5], ['乙', null, null]] }}"
            + "{{ heading 1 '学生发展' }}{{ heading 2 '学生素质' }}{{ chart bars }}{{ table '空表' ['a', 'b'] [] {note: '注：无'} }}", model);

        var toc = html.IndexOf("<nav class=\"toc\"", StringComparison.Ordinal);
        toc.ShouldBe(0);
        var contents = html[..html.IndexOf("</nav>", StringComparison.Ordinal)];
        contents.ShouldContain("目　录");
        contents.ShouldContain("<a href=\"#sec-2\">一、基本情况</a>");
        contents.ShouldContain("<a href=\"#sec-3\">（一）规模和结构</a>");
        contents.ShouldContain("（二）教师队伍");
        contents.ShouldContain("<a href=\"#sec-6\">二、学生发展</a>");
        contents.ShouldContain("（一）学生素质", Case.Sensitive, "section numbers restart under a new chapter");
        contents.ShouldContain("前言");
        contents.ShouldNotContain("细目", Case.Sensitive, "level 3 is below the default depth of 2");

        html.ShouldContain("<h2 id=\"sec-2\" class=\"heading-1\"><span class=\"heading-no\">一、</span>基本情况</h2>");
        html.ShouldContain("<h4 id=\"sec-5\" class=\"heading-3\"><span class=\"heading-no\">1. </span>细目</h4>");
        html.ShouldContain("<caption><span class=\"caption-no\">表 1</span>　学校</caption>");
        html.ShouldContain("<td>甲&lt;校&gt;</td><td class=\"num\">1,234</td><td class=\"num\">12.50%</td>");
        html.ShouldContain("<td>乙</td><td class=\"num\">—</td><td class=\"num\">—</td>");
        html.ShouldContain("<span class=\"caption-no\">图 1</span>　各县在校生");
        html.ShouldContain("<caption><span class=\"caption-no\">表 2</span>　空表</caption>");
        html.ShouldContain("<td class=\"no-data\" colspan=\"2\">暂无数据</td>");
        html.ShouldContain("<p class=\"table-note\">注：无</p>");
    }

    [Fact]
    public async Task Markdown_gets_numbered_headings_tables_and_figures_in_words()
    {
        var model = new { Rows = new[] { new { Name = "甲|校", Students = 1234 } } };
        var md = (await Sandbox.RenderAsync(
            "{{ toc }}{{ heading 1 '基本情况' }}{{ table '学校' [{title: '名称', key: 'name'}, {title: '在校生', key: 'students', format: 'num'}] rows }}"
            + "{{ chart {kind: 'trend', title: '在校生', unit: '人', actual: [{year: 2024, value: 10}, {year: 2025, value: 12}]} }}",
            model, ReportFormat.Markdown)).Content;

        md.ShouldContain("**目　录**\n\n- 一、基本情况\n");
        md.ShouldContain("\n## 一、基本情况\n");
        md.ShouldContain("**表 1　学校**\n\n| 名称 | 在校生 |\n| --- | ---: |\n| 甲\\|校 | 1,234 |\n");
        md.ShouldContain("*图 1　在校生*：2024：10，2025：12");
    }

    [Fact]
    public async Task Texts_numbers_and_dates_follow_the_report_culture()
    {
        const string main = "{{ L 'Rendering:NoData' }}|{{ L 'Reporting:TemplateNotFound' {template: '<x>'} }}|{{ fmt_date d }}|{{ school_year 2025 }}|{{ with_unit 123456.789 '人' 1 }}|{{ with_unit 12.5 '%' }}";
        var model = new { D = new DateOnly(2025, 9, 1) };

        (await Sandbox.RenderAsync(main, model)).Content.ShouldBe("暂无数据|没有报告模板“&lt;x&gt;”。|2025年9月1日|2025—2026学年|123,456.8 人|12.5%");
        (await Sandbox.RenderAsync(main, model, culture: CultureInfo.GetCultureInfo("en"))).Content
            .ShouldBe("No data|There is no report template &quot;&lt;x&gt;&quot;.|2025-09-01|2025–26|123,456.8 人|12.5%");
    }

    [Fact]
    public async Task Narrative_text_becomes_escaped_paragraphs()
    {
        var html = await Sandbox.HtmlAsync("{{ paragraphs text }}", new { Text = "第一段<script>\r\n\r\n第二段 & 结束\n" });

        html.ShouldBe("<p>第一段&lt;script&gt;</p>\n<p>第二段 &amp; 结束</p>\n");
    }

    [Fact]
    public async Task An_unknown_template_is_not_found()
    {
        var renderer = Sandbox.Renderer(new Dictionary<string, string> { ["t.html.scriban"] = "x" });

        var missing = await Should.ThrowAsync<BusinessException>(() =>
            renderer.RenderAsync("nope", new { }, ReportFormat.Html, TestContext.Current.CancellationToken));
        missing.Code.ShouldBe(TemplateErrorCodes.TemplateNotFound);
        missing.Kind.ShouldBe(ErrorKind.NotFound);

        var traversal = await Should.ThrowAsync<BusinessException>(() =>
            renderer.RenderAsync("../t", new { }, ReportFormat.Html, TestContext.Current.CancellationToken));
        traversal.Code.ShouldBe(TemplateErrorCodes.TemplateNotFound);
    }

    [Fact]
    public async Task The_repository_layout_renders_a_self_contained_a4_page_with_the_title_in_the_running_header()
    {
        var files = new TemplateFiles(Path.Combine(Repository.Root, "templates")).All()
            .Where(kv => kv.Value.Name.Kind != TemplateKind.Main)
            .ToDictionary(kv => kv.Key, kv => kv.Value.Text);
        files.ShouldContainKey("_layout.html.scriban");

        var html = await Sandbox.HtmlAsync("{{ heading 1 '基本情况' }}<p>{{ report.place }}</p>", new { Report = new { Title = "驻马店市\"年报\"</style>", Place = "驿城区" } }, files);

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("size: A4");
        html.ShouldContain("<title>驻马店市&quot;年报&quot;&lt;/style&gt;</title>");
        html.ShouldContain("@top-center { content: \"驻马店市\\22 年报\\22 \\3C /style\\3E \";");
        html.ShouldContain("Noto Serif CJK SC");
        html.ShouldContain("<p>驿城区</p>");
        html.ShouldNotContain("http://", Case.Insensitive, "self-contained: nothing fetched from elsewhere");
        html.ShouldNotContain("https://", Case.Insensitive);
    }

    [Fact]
    public async Task Pdf_printing_without_chromium_says_so()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Reporting:ChromiumPath"] = "/nonexistent/chromium" }).Build();
        var printer = new ChromiumPdfPrinter(configuration);

        printer.IsAvailable.ShouldBeFalse();
        var ex = await Should.ThrowAsync<BusinessException>(() => printer.PrintAsync("<p>x</p>", TestContext.Current.CancellationToken));
        ex.Code.ShouldBe(TemplateErrorCodes.PdfUnavailable);
    }

    [Theory]
    [InlineData("sleep 29.7531", "within 1 s")]
    [InlineData("echo broken >&2; exit 3", "closed the DevTools pipe")]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task A_browser_that_hangs_or_dies_fails_the_print_with_a_reason_and_is_not_left_running(string script, string reason)
    {
        var folder = Directory.CreateTempSubdirectory("zmd-fake-chromium-");
        try
        {
            var browser = Path.Combine(folder.FullName, "chromium");
            await File.WriteAllTextAsync(browser, "#!/bin/sh\n" + script + "\n", TestContext.Current.CancellationToken);
            File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            var printer = new ChromiumPdfPrinter(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Reporting:ChromiumPath"] = browser,
                ["Reporting:PdfTimeoutSeconds"] = "1",
            }).Build());

            var started = System.Diagnostics.Stopwatch.StartNew();
            var ex = await Should.ThrowAsync<BusinessException>(() => printer.PrintAsync("<p>x</p>", TestContext.Current.CancellationToken));

            ex.Code.ShouldBe(TemplateErrorCodes.PdfFailed);
            (ex.Args["message"]?.ToString()).ShouldNotBeNull().ShouldContain(reason);
            started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
            System.Diagnostics.Process.GetProcesses().ShouldNotContain(p => SafeCommandLine(p).Contains(browser) || SafeCommandLine(p).Contains("29.7531"),
                "the browser's process tree is killed");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string SafeCommandLine(System.Diagnostics.Process process)
    {
        try
        {
            return File.ReadAllText($"/proc/{process.Id}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    [Fact]
    public async Task Pdf_printing_through_chromium_gives_a_pdf()
    {
        var printer = new ChromiumPdfPrinter(new ConfigurationBuilder().Build());
        // The test machine has Debian's chromium (test/prepare-machine.sh installs it, as for the browser tests).
        printer.IsAvailable.ShouldBeTrue("Chromium must be installed at /usr/bin/chromium: run test/prepare-machine.sh");

        var pdf = await printer.PrintAsync("<!DOCTYPE html><html><body><h1>驻马店市职业教育质量年度报告</h1></body></html>", TestContext.Current.CancellationToken);

        pdf.Length.ShouldBeGreaterThan(1000);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
    }
}
