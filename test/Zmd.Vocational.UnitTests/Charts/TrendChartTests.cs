using System.Globalization;
using System.Xml.Linq;
using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.UnitTests.Charts;

public sealed class TrendChartTests
{
    private static readonly ChartLabels Chinese = new("实际", "预期路径", "目标", "预测", "暂无数据");

    private static TrendChartSpec Spec(IReadOnlyList<ChartPoint> actual, double? target = 50, int? targetYear = 2025,
        IReadOnlyList<ChartPoint>? expected = null, IReadOnlyList<ChartPoint>? forecast = null, string title = "专业点数") =>
        new(title, "个", actual, expected, target, targetYear, forecast, Chinese);

    private static readonly ChartPoint[] Rising = [new(2021, 10), new(2022, 20), new(2023, 30)];

    [Fact]
    public void Rising_values_draw_a_line_going_up_with_one_marker_each()
    {
        var doc = Svg.Parse(TrendChart.Render(Spec(Rising)));

        var line = Svg.Segments(Svg.ByClass(doc, "series-actual").Single()).ShouldHaveSingleItem();
        line.Count.ShouldBe(3);
        line.Select(p => p.X).ShouldBeInOrder(SortDirection.Ascending);
        line.Select(p => p.Y).ShouldBeInOrder(SortDirection.Descending);
        var markers = Svg.ByClass(doc, "marker-actual");
        markers.Count.ShouldBe(3);
        markers.Select(m => (Svg.Attr(m, "cx"), Svg.Attr(m, "cy"))).ShouldBe(line);
        Svg.ByClass(doc, "value-label").Select(t => t.Value).ShouldBe(["10", "20", "30"]);
        Svg.ByClass(doc, "tick-x").Select(t => t.Value).ShouldBe(["2021", "2022", "2023", "2024", "2025"]);
    }

    [Fact]
    public void Values_sit_where_the_y_ticks_say()
    {
        var doc = Svg.Parse(TrendChart.Render(Spec(Rising)));

        foreach (var marker in Svg.ByClass(doc, "marker-actual"))
        {
            var value = Svg.Number(marker.ElementsAfterSelf(Svg.Ns + "text").First().Value);
            Svg.Attr(marker, "cy").ShouldBe(Svg.YOf(doc, value), 0.02);
        }
    }

    [Fact]
    public void The_target_is_a_labelled_dash_dot_line_at_its_value_between_the_ticks()
    {
        var doc = Svg.Parse(TrendChart.Render(Spec(Rising, target: 45)));

        var target = Svg.ByClass(doc, "series-target").ShouldHaveSingleItem();
        Svg.Attr(target, "y1").ShouldBe(Svg.Attr(target, "y2"));
        Svg.Attr(target, "y1").ShouldBe(Svg.YOf(doc, 45), 0.02);
        ((string?)target.Attribute("stroke-dasharray"))!.Split(' ').Length.ShouldBe(4); // dash-dot
        Svg.ByClass(doc, "target-label").Single().Value.ShouldBe("目标 45");
        Svg.ByClass(doc, "target-point").ShouldHaveSingleItem();
    }

    [Fact]
    public void Y_ticks_are_nice_include_zero_and_the_target()
    {
        var doc = Svg.Parse(TrendChart.Render(Spec(Rising, target: 50)));

        var ticks = Svg.ByClass(doc, "tick-y").Select(t => Svg.Number(t.Value)).ToList();
        ticks.Count.ShouldBeInRange(4, 6);
        ticks[0].ShouldBe(0);
        ticks[^1].ShouldBeGreaterThanOrEqualTo(50);
    }

    [Fact]
    public void Values_far_from_zero_get_their_own_range()
    {
        var doc = Svg.Parse(TrendChart.Render(Spec([new(2021, 95.1), new(2022, 96.3), new(2023, 97)], target: 98)));

        var ticks = Svg.ByClass(doc, "tick-y").Select(t => Svg.Number(t.Value)).ToList();
        ticks[0].ShouldBeGreaterThan(90);
        ticks[0].ShouldBeLessThanOrEqualTo(95.1);
        ticks[^1].ShouldBeGreaterThanOrEqualTo(98);
    }

    [Fact]
    public void A_missing_year_breaks_the_line()
    {
        var doc = Svg.Parse(TrendChart.Render(Spec([new(2021, 10), new(2022, null), new(2023, 30), new(2024, 40)])));

        var segments = Svg.Segments(Svg.ByClass(doc, "series-actual").Single());
        segments.Count.ShouldBe(2);
        segments[0].Distinct().Count().ShouldBe(1); // a lone point: a dot, not a line to the next year
        segments[1].Count.ShouldBe(2);
        Svg.ByClass(doc, "marker-actual").Count.ShouldBe(3);
    }

    [Fact]
    public void Not_a_number_is_a_gap_too()
    {
        var doc = Svg.Parse(TrendChart.Render(Spec([new(2021, 10), new(2022, double.NaN), new(2023, double.PositiveInfinity), new(2024, 40)])));

        Svg.Segments(Svg.ByClass(doc, "series-actual").Single()).Count.ShouldBe(2);
        Svg.ByClass(doc, "marker-actual").Count.ShouldBe(2);
    }

    [Fact]
    public void The_expected_path_is_dashed_and_the_forecast_dotted_from_the_last_actual_value()
    {
        var doc = Svg.Parse(TrendChart.Render(Spec(
            Rising,
            expected: [new(2021, 10), new(2025, 50)],
            forecast: [new(2024, 38), new(2025, 46)])));

        var expected = Svg.ByClass(doc, "series-expected").Single();
        ((string?)expected.Attribute("stroke-dasharray")).ShouldBe("6 4");
        var forecast = Svg.ByClass(doc, "series-forecast").Single();
        ((string?)forecast.Attribute("stroke-dasharray")).ShouldBe("2 3");
        var forecastLine = Svg.Segments(forecast).ShouldHaveSingleItem();
        forecastLine.Count.ShouldBe(3);
        forecastLine[0].ShouldBe(Svg.Segments(Svg.ByClass(doc, "series-actual").Single())[0][^1]);
        Svg.ByClass(doc, "marker-forecast").Count.ShouldBe(2);
        Svg.ByClass(doc, "marker-forecast").ShouldAllBe(m => (string?)m.Attribute("fill") == "#ffffff"); // hollow: tells apart in black and white
    }

    [Fact]
    public void The_legend_names_the_series_present_in_the_callers_words()
    {
        var withAll = Svg.Parse(TrendChart.Render(Spec(Rising, expected: [new(2021, 10), new(2025, 50)], forecast: [new(2025, 40)])));
        var actualOnly = Svg.Parse(TrendChart.Render(Spec(Rising, target: null) with { Labels = new("Actual", "Expected", "Target", "Forecast", "No data") }));

        Legend(withAll).ShouldBe(["实际", "预期路径", "目标", "预测"]);
        Legend(actualOnly).ShouldBe(["Actual"]);
        Svg.ByClass(actualOnly, "series-target").ShouldBeEmpty();

        static IEnumerable<string> Legend(XDocument doc) => Svg.ByClass(doc, "legend").Single().Elements(Svg.Ns + "text").Select(t => t.Value);
    }

    [Fact]
    public void Without_actual_values_the_frame_shows_the_no_data_text()
    {
        foreach (var actual in new IReadOnlyList<ChartPoint>[] { [], [new(2021, null), new(2022, null)] })
        {
            var doc = Svg.Parse(TrendChart.Render(Spec(actual, expected: [new(2021, 10), new(2025, 50)])));

            var text = Svg.ByClass(doc, "no-data").ShouldHaveSingleItem();
            text.Value.ShouldBe("暂无数据");
            ((string?)text.Attribute("text-anchor")).ShouldBe("middle");
            Svg.Attr(text, "x").ShouldBe(Svg.ViewBox(doc).Width / 2);
            Svg.ByClass(doc, "series-actual").ShouldBeEmpty();
        }
    }

    [Fact]
    public void Titles_and_labels_are_text_never_markup()
    {
        var spec = Spec(Rising, title: "<script>alert(1)</script>") with { Labels = Chinese with { Actual = "A & <b>B</b>" } };
        var markup = TrendChart.Render(spec);
        var doc = Svg.Parse(markup);

        doc.Root!.Element(Svg.Ns + "title")!.Value.ShouldBe("<script>alert(1)</script>");
        markup.ShouldContain("&lt;script&gt;");
        doc.Descendants(Svg.Ns + "b").ShouldBeEmpty();
        Svg.ByClass(doc, "legend").Single().Elements(Svg.Ns + "text").First().Value.ShouldBe("A & <b>B</b>");
    }

    [Fact]
    public void The_description_reads_the_data_out()
    {
        var doc = Svg.Parse(TrendChart.Render(Spec([new(2021, 10), new(2022, null), new(2023, 30)])));

        doc.Root!.Element(Svg.Ns + "desc")!.Value.ShouldBe("实际 (个): 2021: 10, 2022: 暂无数据, 2023: 30; 目标: 50 (2025)");
    }

    [Fact]
    public void Output_is_the_same_in_every_culture_and_on_every_call()
    {
        var spec = Spec([new(2021, 12.345), new(2022, 1234.5)], target: 2000.25);
        var invariant = TrendChart.Render(spec);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            TrendChart.Render(spec).ShouldBe(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Svg.ByClass(Svg.Parse(invariant), "value-label").Select(t => t.Value).ShouldBe(["12.35", "1234.5"]);
    }

    [Fact]
    public void Two_charts_on_one_page_do_not_share_ids()
    {
        var a = Svg.Parse(TrendChart.Render(Spec(Rising, title: "A")));
        var b = Svg.Parse(TrendChart.Render(Spec(Rising, title: "B")));

        Ids(a).Intersect(Ids(b)).ShouldBeEmpty();

        static IEnumerable<string> Ids(XDocument doc) => doc.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>();
    }
}
