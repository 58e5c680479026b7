using Zmd.Vocational.College.Application;

namespace Zmd.Vocational.UnitTests.College;

/// <summary>技师学院设置标准 (人社部发〔2012〕8号) checked by hand.</summary>
public sealed class CollegeStandardTests
{
    [Fact]
    public void Each_line_is_met_or_not_against_its_threshold()
    {
        // 3,200 full-time + 1,900 training = 5,100 ≥ 5,000; training 1,900 < 2,000; share 61.5% ≥ 60%; 950 advanced trainees < 1,000.
        var lines = CollegeStandard.Check(new CollegeFigures(3200, 1900, 61.5m, 950)).ToDictionary(l => l.Code);
        (lines["scale"].Value, lines["scale"].Met).ShouldBe((5100m, (bool?)true));
        (lines["fulltime"].Value, lines["fulltime"].Met).ShouldBe((3200m, (bool?)true));
        (lines["training"].Value, lines["training"].Met).ShouldBe((1900m, (bool?)false));
        (lines["advanced-share"].Threshold, lines["advanced-share"].Met).ShouldBe((60m, (bool?)true));
        (lines["advanced-trainees"].Value, lines["advanced-trainees"].Met).ShouldBe((950m, (bool?)false));
    }

    [Fact]
    public void A_year_with_no_data_is_neither_met_nor_failed()
    {
        var lines = CollegeStandard.Check(new CollegeFigures(null, null, null, null));
        lines.ShouldAllBe(l => l.Value == null && l.Met == null);
        lines.Count.ShouldBe(5);
    }

    [Fact]
    public void The_scale_counts_what_is_filed_when_only_one_part_is()
    {
        var scale = CollegeStandard.Check(new CollegeFigures(5200, null, null, null)).Single(l => l.Code == "scale");
        (scale.Value, scale.Met).ShouldBe((5200m, (bool?)true));
    }
}
