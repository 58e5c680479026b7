using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.UnitTests.Charts;

public sealed class SparklineTests
{
    [Fact]
    public void Draws_the_values_in_a_small_viewbox_with_the_last_point_marked()
    {
        var doc = Svg.Parse(Sparkline.Render(new SparklineSpec([new(2021, 10), new(2022, 20), new(2023, 30)], null, "专业点数")));

        Svg.ViewBox(doc).ShouldBe((120, 32));
        doc.Root!.Element(Svg.Ns + "title")!.Value.ShouldBe("专业点数");
        var line = Svg.Segments(Svg.ByClass(doc, "series-actual").Single()).ShouldHaveSingleItem();
        line.Count.ShouldBe(3);
        line.Select(p => p.Y).ShouldBeInOrder(SortDirection.Descending);
        var last = Svg.ByClass(doc, "marker-last").ShouldHaveSingleItem();
        (Svg.Attr(last, "cx"), Svg.Attr(last, "cy")).ShouldBe(line[^1]);
        Svg.ByClass(doc, "target").ShouldBeEmpty();
    }

    [Fact]
    public void A_target_is_a_dashed_line_above_the_values_when_not_yet_reached()
    {
        var doc = Svg.Parse(Sparkline.Render(new SparklineSpec([new(2021, 10), new(2022, 20)], 50, "t")));

        var target = Svg.ByClass(doc, "target").ShouldHaveSingleItem();
        ((string?)target.Attribute("stroke-dasharray")).ShouldNotBeNullOrWhiteSpace();
        Svg.Attr(target, "y1").ShouldBeLessThan(Svg.Segments(Svg.ByClass(doc, "series-actual").Single())[0].Min(p => p.Y));
    }

    [Fact]
    public void A_missing_year_breaks_the_line_and_the_last_value_is_marked()
    {
        var doc = Svg.Parse(Sparkline.Render(new SparklineSpec([new(2021, 10), new(2022, null), new(2023, 30), new(2024, 25), new(2025, null)], null, "t")));

        var segments = Svg.Segments(Svg.ByClass(doc, "series-actual").Single());
        segments.Count.ShouldBe(2);
        var last = Svg.ByClass(doc, "marker-last").Single();
        Svg.Attr(last, "cx").ShouldBe(segments[1][^1].X);
    }

    [Fact]
    public void No_values_render_a_dash_without_throwing()
    {
        var doc = Svg.Parse(Sparkline.Render(new SparklineSpec([new(2021, null)], 50, "<script>x</script>")));

        Svg.ByClass(doc, "no-data").Single().Value.ShouldBe("—");
        doc.Root!.Element(Svg.Ns + "title")!.Value.ShouldBe("<script>x</script>");
        Svg.Parse(Sparkline.Render(new SparklineSpec([], null, "")));
    }

    [Fact]
    public void A_single_or_constant_series_is_drawn_in_the_middle()
    {
        var doc = Svg.Parse(Sparkline.Render(new SparklineSpec([new(2021, 7)], null, "t")));

        var marker = Svg.ByClass(doc, "marker-last").Single();
        (Svg.Attr(marker, "cx"), Svg.Attr(marker, "cy")).ShouldBe((60, 16));
    }
}
