using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.UnitTests.Charts;

public sealed class TimelineChartTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static TimelineSpec Spec(params TimelineItem[] items) => new("建设进度", items, Today, "计划", "实际", "今天", "尚无项目");

    private static readonly TimelineItem Finished = new("实训大楼", new(2021, 3, 1), new(2023, 12, 31), new(2021, 4, 1), new(2024, 3, 31), 100, true);
    private static readonly TimelineItem Ongoing = new("培训中心<甲>", new(2025, 3, 1), new(2027, 6, 30), new(2025, 4, 1), null, 20, false);
    private static readonly TimelineItem NotStarted = new("学生公寓", new(2027, 1, 1), new(2028, 6, 30), null, null, null, false);

    [Fact]
    public void Each_project_has_its_planned_and_actual_bars_in_order_with_years_from_the_first_to_the_last()
    {
        var doc = Svg.Parse(TimelineChart.Render(Spec(Finished, Ongoing, NotStarted)));

        Svg.ByClass(doc, "bar-label").Select(t => t.Value).ShouldBe(["实训大楼", "培训中心<甲>", "学生公寓"]);
        Svg.ByClass(doc, "planned").Count.ShouldBe(3);
        Svg.ByClass(doc, "actual").Count.ShouldBe(2, "the project not started has no actual bar");
        Svg.ByClass(doc, "tick-x").Select(t => t.Value).ShouldBe(["2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028"]);
        Svg.ByClass(doc, "percent").Select(t => t.Value).ShouldBe(["100%", "20%"]);
    }

    [Fact]
    public void Bars_are_as_long_as_their_spans_and_an_unfinished_project_runs_to_today()
    {
        var doc = Svg.Parse(TimelineChart.Render(Spec(Finished, Ongoing)));
        var planned = Svg.ByClass(doc, "planned");
        var actual = Svg.ByClass(doc, "actual");

        // The finished project ran 2021-04-01 → 2024-03-31 against a plan of 2021-03-01 → 2023-12-31: a longer bar.
        var days = (double)(new DateOnly(2024, 3, 31).DayNumber - new DateOnly(2021, 4, 1).DayNumber);
        var plannedDays = (double)(new DateOnly(2023, 12, 31).DayNumber - new DateOnly(2021, 3, 1).DayNumber);
        Svg.Attr(actual[0], "width").ShouldBe(Svg.Attr(planned[0], "width") * days / plannedDays, 0.1);

        // The ongoing one ends at the today line.
        var today = Svg.ByClass(doc, "today").ShouldHaveSingleItem();
        (Svg.Attr(actual[1], "x") + Svg.Attr(actual[1], "width")).ShouldBe(Svg.Attr(today, "x1"), 0.1);
        actual[1].Attribute("class")!.Value.ShouldContain("ongoing");
    }

    [Fact]
    public void A_late_project_is_marked_and_its_actual_bar_is_red()
    {
        var doc = Svg.Parse(TimelineChart.Render(Spec(Finished, Ongoing)));
        var rows = Svg.ByClass(doc, "row");
        rows.Count.ShouldBe(2);
        rows[0].Attribute("class")!.Value.ShouldBe("row late");
        Svg.ByClass(doc, "actual")[0].Attribute("fill")!.Value.ShouldBe("#a61c1c", "the target colour: late");
        Svg.ByClass(doc, "actual")[1].Attribute("fill")!.Value.ShouldBe("#1f4e79", "the actual colour");
    }

    [Fact]
    public void Without_projects_it_says_so_and_the_dates_are_in_its_description()
    {
        Svg.ByClass(Svg.Parse(TimelineChart.Render(Spec())), "no-data").ShouldHaveSingleItem().Value.ShouldBe("尚无项目");
        var description = Svg.Parse(TimelineChart.Render(Spec(Ongoing))).Descendants(Svg.Ns + "desc").Single().Value;
        description.ShouldContain("培训中心<甲>: 计划 2025-03-01–2027-06-30; 实际 2025-04-01–—; 20%");
    }
}
