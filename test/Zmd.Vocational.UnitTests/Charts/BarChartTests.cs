using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.UnitTests.Charts;

public sealed class BarChartTests
{
    private static BarChartSpec Spec(IReadOnlyList<BarItem> items, double? reference = 80, string noData = "未填报") =>
        new("各县区专业点数", "个", items, reference, "目标", noData);

    private static readonly BarItem[] Counties =
    [
        new("驿城区", 120, false),
        new("遂平县", 45, true),
        new("西平县", null, false),
        new("上蔡县", 60, false),
    ];

    [Fact]
    public void One_bar_per_value_in_the_given_order_and_the_missing_one_as_text()
    {
        var doc = Svg.Parse(BarChart.Render(Spec(Counties)));

        var bars = Svg.ByClass(doc, "bar");
        bars.Count.ShouldBe(3);
        Svg.ByClass(doc, "bar-label").Select(t => t.Value).ShouldBe(["驿城区", "遂平县", "西平县", "上蔡县"]);
        bars.Select(b => Svg.Attr(b, "y")).ShouldBeInOrder(SortDirection.Ascending);
        Svg.Attr(bars[0], "width").ShouldBeGreaterThan(Svg.Attr(bars[2], "width"));
        Svg.Attr(bars[2], "width").ShouldBeGreaterThan(Svg.Attr(bars[1], "width"));
        Svg.Attr(bars[0], "width").ShouldBe(Svg.Attr(bars[1], "width") * 120 / 45, 0.05);
        Svg.ByClass(doc, "bar-value").Select(t => t.Value).ShouldBe(["120", "45", "60"]);
        var missing = Svg.ByClass(doc, "no-value").ShouldHaveSingleItem();
        missing.Value.ShouldBe("未填报");
        missing.Parent!.Elements(Svg.Ns + "rect").ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_no_data_text_a_missing_value_is_a_dash()
    {
        var doc = Svg.Parse(BarChart.Render(Spec(Counties, noData: "")));

        Svg.ByClass(doc, "no-value").Single().Value.ShouldBe("—");
    }

    [Fact]
    public void Highlighted_bars_are_hatched_with_a_pattern_defined_in_the_chart()
    {
        var doc = Svg.Parse(BarChart.Render(Spec(Counties)));

        var pattern = doc.Descendants(Svg.Ns + "pattern").ShouldHaveSingleItem();
        pattern.Parent!.Name.ShouldBe(Svg.Ns + "defs");
        var highlighted = Svg.ByClass(doc, "bar").Where(b => Svg.ByClass(doc, "highlight").Contains(b)).ShouldHaveSingleItem();
        ((string?)highlighted.Attribute("fill")).ShouldBe($"url(#{(string?)pattern.Attribute("id")})");
        Svg.ByClass(doc, "bar").Except([highlighted]).ShouldAllBe(b => !((string)b.Attribute("fill")!).StartsWith("url(", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_highlights_no_pattern_is_defined()
    {
        var doc = Svg.Parse(BarChart.Render(Spec([new("驿城区", 120, false)])));

        doc.Descendants(Svg.Ns + "pattern").ShouldBeEmpty();
    }

    [Fact]
    public void The_reference_line_is_vertical_at_its_value_on_the_scale()
    {
        var doc = Svg.Parse(BarChart.Render(Spec(Counties, reference: 80)));

        var line = Svg.ByClass(doc, "reference").ShouldHaveSingleItem();
        Svg.Attr(line, "x1").ShouldBe(Svg.Attr(line, "x2"));
        ((string?)line.Attribute("stroke-dasharray")).ShouldNotBeNullOrWhiteSpace();
        var ticks = Svg.ByClass(doc, "tick-x").Select(t => (Value: Svg.Number(t.Value), X: Svg.Attr(t, "x"))).ToList();
        var below = ticks.Last(t => t.Value <= 80);
        var above = ticks.First(t => t.Value >= 80);
        Svg.Attr(line, "x1").ShouldBe(below.X + (80 - below.Value) / (above.Value - below.Value) * (above.X - below.X), 0.02);
        Svg.ByClass(doc, "reference-label").Single().Value.ShouldBe("目标 80");
        var bar = Svg.ByClass(doc, "bar")[0];
        (Svg.Attr(bar, "x") + Svg.Attr(bar, "width")).ShouldBe(ticks.Single(t => t.Value == 0).X + (Svg.Attr(line, "x1") - ticks.Single(t => t.Value == 0).X) * 120 / 80, 0.05);
    }

    [Fact]
    public void The_chart_grows_with_the_number_of_items()
    {
        var few = Svg.ViewBox(Svg.Parse(BarChart.Render(Spec(Counties))));
        var many = Svg.ViewBox(Svg.Parse(BarChart.Render(Spec([.. Enumerable.Range(1, 20).Select(i => new BarItem($"学校{i}", i, false))]))));

        few.Width.ShouldBe(many.Width);
        many.Height.ShouldBeGreaterThan(few.Height * 3);
    }

    [Fact]
    public void No_items_render_the_no_data_text()
    {
        var doc = Svg.Parse(BarChart.Render(Spec([])));

        Svg.ByClass(doc, "no-data").Single().Value.ShouldBe("未填报");
        Svg.ByClass(doc, "bar").ShouldBeEmpty();
    }

    [Fact]
    public void Only_missing_values_still_list_the_items()
    {
        var doc = Svg.Parse(BarChart.Render(Spec([new("西平县", null, true), new("上蔡县", null, false)], reference: null)));

        Svg.ByClass(doc, "no-value").Count.ShouldBe(2);
        Svg.ByClass(doc, "bar").ShouldBeEmpty();
    }

    [Fact]
    public void Negative_values_extend_left_of_zero()
    {
        var doc = Svg.Parse(BarChart.Render(Spec([new("增长", 12, false), new("减少", -8, false)], reference: null)));

        var zero = Svg.ByClass(doc, "axis").Single();
        var bars = Svg.ByClass(doc, "bar");
        Svg.Attr(bars[0], "x").ShouldBe(Svg.Attr(zero, "x1"), 0.01);
        (Svg.Attr(bars[1], "x") + Svg.Attr(bars[1], "width")).ShouldBe(Svg.Attr(zero, "x1"), 0.01);
    }

    [Fact]
    public void Labels_are_escaped_and_long_ones_shortened_with_the_full_text_kept()
    {
        const string Long = "驻马店市第一职业技术学校（原驻马店市工业学校）附属实训中心";
        var doc = Svg.Parse(BarChart.Render(Spec([new("<script>alert(1)</script>", 1, false), new(Long, 2, false)])));

        var labels = Svg.ByClass(doc, "bar-label");
        labels[0].Value.ShouldBe("<script>alert(1)</script>");
        labels[1].Value.ShouldEndWith("…");
        labels[1].Value.Length.ShouldBeLessThan(Long.Length);
        labels[1].Parent!.Element(Svg.Ns + "title")!.Value.ShouldBe(Long + ": 2");
        doc.Root!.Element(Svg.Ns + "desc")!.Value.ShouldContain(Long);
    }

    [Fact]
    public void The_description_reads_the_data_out()
    {
        var doc = Svg.Parse(BarChart.Render(Spec(Counties)));

        doc.Root!.Element(Svg.Ns + "desc")!.Value.ShouldBe("(个) 驿城区: 120, 遂平县: 45, 西平县: 未填报, 上蔡县: 60; 目标 80");
    }

    [Fact]
    public void Ids_are_unique_within_the_chart()
    {
        var doc = Svg.Parse(BarChart.Render(Spec(Counties)));

        var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        ids.Distinct().Count().ShouldBe(ids.Count);
        ids.Count.ShouldBe(3);
    }
}
