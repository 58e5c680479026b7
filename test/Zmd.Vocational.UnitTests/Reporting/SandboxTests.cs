using System.Diagnostics;
using Zmd.Vocational.Core.Charts;
using Zmd.Vocational.Reporting.Rendering;

namespace Zmd.Vocational.UnitTests.Reporting;

/// <summary>The template sandbox: escaping, limits, errors with template/line/column, no .NET members.</summary>
public sealed class SandboxTests
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public async Task A_script_in_a_model_value_is_escaped_in_html_while_template_text_and_chart_markup_are_not()
    {
        var model = new
        {
            School = new { Name = Script },
            Spark = new SparklineSpec([new ChartPoint(2023, 1), new ChartPoint(2024, 2)], 3, "趋势"),
            Bars = new BarChartSpec("各校", "人", [new BarItem(Script, 10, false)], null, "目标", "无数据"),
        };

        var html = await Sandbox.HtmlAsync("<h1 class=\"t\">{{ school.name }}</h1>{{ chart spark }}{{ chart bars }}<p>{{ model.school.name | string.upcase }}</p>", model);

        html.ShouldStartWith("<h1 class=\"t\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h1>");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldContain("&lt;SCRIPT&gt;", Case.Sensitive, "a string operation on a value gives text, escaped too");
        html.ShouldContain("<span class=\"sparkline\"><svg");
        html.ShouldContain("<figure class=\"chart\" id=\"fig-1\"><svg");
        html.ShouldContain("<figcaption><span class=\"caption-no\">图 1</span>　各校</figcaption>");
    }

    [Fact]
    public async Task Markdown_output_keeps_one_blank_line_where_a_template_leaves_several()
    {
        var md = (await Sandbox.RenderAsync("# 标题\n\n\n{{ for x in items }}\n{{ x }}\n\n  \n{{ end }}\n\n\n", new { Items = new[] { "甲", "乙" } },
            ReportFormat.Markdown)).Content;

        md.ShouldNotContain("\n\n\n");
        md.ShouldStartWith("# 标题\n\n");
        md.ShouldContain("甲\n\n");
        md.ShouldEndWith("乙\n");
    }

    [Fact]
    public async Task Markdown_output_escapes_markdown_syntax_in_values_but_not_the_template()
    {
        var md = (await Sandbox.RenderAsync("# {{ name }}\n", new { Name = "*粗体* <b>[链接](x)</b> | #" }, ReportFormat.Markdown)).Content;

        md.ShouldBe("# \\*粗体\\* \\<b\\>\\[链接\\](x)\\</b\\> \\| \\#\n");
    }

    [Fact]
    public async Task An_endless_loop_is_refused_with_the_template_and_line()
    {
        var ex = await Sandbox.ErrorAsync("第一行\n{{ while true }}x{{ end }}");

        ex.Arg("template").ShouldBe("t.html.scriban");
        ex.Arg("line").ShouldBe("2");
        ex.Arg("message").ShouldContain("limit", Case.Insensitive);
    }

    [Fact]
    public async Task Nested_loops_share_one_budget_that_a_city_of_a_thousand_schools_fits()
    {
        // 1,000 schools × 90 rows = 90,000 iterations: within the 100,000 of one outermost loop; × 101 rows is not.
        const string nested = "{{ n = 0 }}{{ for s in schools }}{{ for r in rows }}{{ n = n + 1 }}{{ end }}{{ end }}{{ n }}";
        var ok = await Sandbox.HtmlAsync(nested, new { Schools = Enumerable.Range(1, 1_000).ToList(), Rows = Enumerable.Range(1, 90).ToList() });
        ok.ShouldBe("90000");

        var ex = await Sandbox.ErrorAsync(nested, new { Schools = Enumerable.Range(1, 1_000).ToList(), Rows = Enumerable.Range(1, 101).ToList() });
        ex.Arg("message").ShouldContain("limit", Case.Insensitive);
    }

    [Fact]
    public async Task Deep_recursion_is_refused()
    {
        var ex = await Sandbox.ErrorAsync("{{ func down(n) }}{{ down(n + 1) }}{{ end }}\n{{ down(0) }}");

        ex.Arg("template").ShouldBe("t.html.scriban");
        ex.Arg("message").ShouldContain("recurs", Case.Insensitive);
    }

    [Fact]
    public async Task A_syntax_error_names_the_template_line_and_column()
    {
        var ex = await Sandbox.ErrorAsync("<p>一</p>\n<p>二</p>\n<p>{{ 1 + }}</p>");

        ex.Arg("template").ShouldBe("t.html.scriban");
        ex.Arg("line").ShouldBe("3");
        int.Parse(ex.Arg("column"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(3);
        ex.Arg("message").ShouldNotBeNullOrWhiteSpace();
        Sandbox.Texts.Find(ex.Code, System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).ShouldNotBeNull();
    }

    [Fact]
    public async Task An_error_in_a_partial_names_the_partial()
    {
        var partials = new Dictionary<string, string> { ["_partials/bad.html.scriban"] = "好\n{{ for }}" };

        var ex = await Sandbox.ErrorAsync("<p>{{ include 'bad' }}</p>", others: partials);

        ex.Arg("template").ShouldBe("_partials/bad.html.scriban");
        ex.Arg("line").ShouldBe("2");
    }

    [Fact]
    public async Task A_runtime_error_is_refused_not_half_rendered()
    {
        var ex = await Sandbox.ErrorAsync("<p>很长的报告……</p>\n{{ nosuch_function 1 2 }}");

        ex.Arg("line").ShouldBe("2");
    }

    [Fact]
    public async Task Output_over_the_limit_is_an_error_never_a_truncated_report()
    {
        var limits = RenderLimits.Default with { MaxOutputChars = 1_000 };

        var loop = await Sandbox.ErrorAsync("{{ for i in 1..100 }}0123456789ABCDEF{{ end }}", limits: limits);
        loop.Arg("message").ShouldContain("limit", Case.Insensitive);

        var value = await Sandbox.ErrorAsync("<p>{{ text }}</p>", new { Text = new string('长', 5_000) }, limits);
        value.Arg("message").ShouldContain("limit", Case.Insensitive);

        (await Sandbox.RenderAsync("{{ text }}", new { Text = new string('长', 900) }, limits: limits)).Content.Length.ShouldBe(900);
    }

    [Fact]
    public async Task A_template_running_past_the_time_limit_is_stopped()
    {
        var limits = RenderLimits.Default with { LoopLimit = 0, Timeout = TimeSpan.FromMilliseconds(300) };
        var clock = Stopwatch.StartNew();

        var ex = await Sandbox.ErrorAsync("{{ n = 0 }}\n{{ while true }}{{ n = n + 1 }}{{ end }}", limits: limits);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        ex.Arg("message").ShouldContain("longer than");
        ex.Arg("line").ShouldBe("2");
    }

    [Fact]
    public async Task Templates_reach_the_model_data_and_no_dotnet_member()
    {
        var model = new { Name = "甲校", Opened = new DateTime(2025, 9, 1), Items = new List<int> { 1, 2 } };

        var html = await Sandbox.HtmlAsync(
            "[{{ name }}][{{ model.GetType }}][{{ name.GetType }}][{{ opened.Year }}][{{ opened.year }}][{{ items.Capacity }}][{{ model.name }}][{{ items | array.size }}]", model);

        html.ShouldBe("[甲校][][][][][][甲校][2]");
        html.ShouldNotContain("System");

        var import = await Sandbox.ErrorAsync("{{ import model }}", model);
        import.Arg("message").ShouldContain("import");
    }

    [Fact]
    public async Task Functions_win_over_model_members_of_the_same_name_which_stay_under_model()
    {
        var html = await Sandbox.HtmlAsync("{{ num 1234.5 }}|{{ model.num }}|{{ pct 85.26 }}|{{ share 1 4 }}|{{ num null }}", new { Num = "模型里的值" });

        html.ShouldBe("1,234.5|模型里的值|85.3%|25.0%|—");
    }
}
