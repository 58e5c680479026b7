using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.UnitTests.Reporting;

/// <summary>How the report models write figures and targets: no data is never 0, units attach as a Chinese report
/// writes them, a target's texts and chart come from its progress alone.</summary>
public sealed class ReportModelTests
{
    private static IndicatorValueDto Value(string code, string unit, int decimals, decimal? value, StandardDto? standard = null, bool? meets = null) =>
        new(code, "名称", "Name", unit, decimals, 2025, MonitoringScope.City, null, "驻马店市", value, value, value is null ? null : 1m, 3, 5, false,
            standard, meets);

    [Theory]
    [InlineData("%", 2, 50, "50.00%")]
    [InlineData(":1", 1, 27.8, "27.8:1")]
    [InlineData("人", 0, 115234, "115,234 人")]
    [InlineData("倍", 2, 0.5, "0.50 倍")]
    public void A_figure_is_written_with_its_decimals_and_unit(string unit, int decimals, double value, string text) =>
        Figure.From(Value("x", unit, decimals, (decimal)value)).Text.ShouldBe(text);

    [Fact]
    public void No_data_is_written_as_such_and_never_as_zero()
    {
        var figure = Figure.From(Value("dual-ratio", "%", 2, null));
        (figure.HasValue, figure.Text).ShouldBe((false, "无数据"));
        TableRow.Of(figure).Text.ShouldBe("无数据");
        TableRow.NotCollected("经费").Text.ShouldBe("未采集");
    }

    [Fact]
    public void A_row_shows_the_standard_and_whether_it_is_met()
    {
        var row = TableRow.Of(Figure.From(Value("student-teacher-ratio", ":1", 1, 37.5m, new StandardDto(TargetComparator.AtMost, 20, "中职设置标准"), false)));
        (row.Standard, row.Result, row.Covered).ShouldBe(("≤ 20:1", "未达标", "3/5"));
    }

    [Fact]
    public void A_target_line_has_its_texts_status_and_trend_from_the_progress()
    {
        var progress = new TargetProgressDto("K1.07", "双师型教师比例", "Dual", "%", "专栏1", "dual-ratio", 1, false, null, 2020, 26.82m, false, 2025, 50m,
            null, "≥", 2024, 40m, 45.36m, -5.36m, TargetStatus.AtRisk, 48.5m, false,
            [new TargetYearDto(2023, 35m, 40.09m, -5.09m, TargetStatus.AtRisk, 10, false), new TargetYearDto(2024, 40m, 45.36m, -5.36m, TargetStatus.AtRisk, 12, true)],
            ["C1S5.04"]);
        var line = TargetLine.From(progress);
        (line.ActualText, line.ExpectedText, line.GapText, line.StatusText, line.ForecastText).ShouldBe(("40%", "45.36%", "-5.36", "存在风险", "48.5%"));
        (line.Target, line.Baseline, line.ConflictsWith).ShouldBe(("≥ 50%（2025）", "26.82%（2020）", "C1S5.04"));
        line.Behind.ShouldBeTrue();
        line.Provisional.ShouldBeTrue();
        line.Chart.Actual.Select(p => p.Year).ShouldBe([2020, 2023, 2024]);
        line.Chart.Expected!.Select(p => (p.Year, p.Value)).ShouldBe([(2020, 26.82), (2025, 50.0)]);
        line.Chart.Forecast![^1].Value.ShouldBe(48.5);
    }

    [Fact]
    public void Narrative_paragraphs_are_the_written_lines()
    {
        var narrative = new NarrativeModel("第一段\r\n\r\n 第二段 ", "", "", "");
        narrative.ForewordParagraphs.ShouldBe(["第一段", "第二段"]);
        (narrative.HasForeword, narrative.HasCases).ShouldBe((true, false));
    }

    [Theory]
    [InlineData("city-report", ReportKind.City)]
    [InlineData("School", ReportKind.School)]
    [InlineData("target-brief", ReportKind.Brief)]
    [InlineData("college-report", ReportKind.College)]
    public void Template_names_and_kinds_go_both_ways(string name, ReportKind kind)
    {
        ReportTemplates.KindOf(name).ShouldBe(kind);
        ReportTemplates.KindOf(ReportTemplates.NameOf(kind)).ShouldBe(kind);
        ReportTemplates.KindOf("nonsense").ShouldBeNull();
        ReportTemplates.FormatOf("md").ShouldBe(ReportFileFormat.Markdown);
        ReportTemplates.FormatOf("docx").ShouldBeNull();
    }
}
