using System.Globalization;
using Zmd.Vocational.College.Application;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.UnitTests.College;

/// <summary>The demo college's output and studios: plausible against the plan's targets (about 5,000 new skilled workers
/// and five studios by 2025), growing year on year, and passing the dataset's own rules.</summary>
public sealed class OutputDemoRowsTests
{
    private const string College = "5141170001";

    private static DemoScope Scope(int year) => new(College, SchoolType.TechnicianCollege, year, 0);

    private static long Int(string? cell) => long.Parse(cell!, CultureInfo.InvariantCulture);

    private static long Certified(int year) => new OutputDemoRows().Rows(Scope(year), 10).Sum(r => Int(r[OutputDataset.Certified]));

    [Fact]
    public void The_output_has_one_row_per_level_and_about_five_thousand_certified_around_2025_growing_every_year()
    {
        var rows = new OutputDemoRows().Rows(Scope(2025), 10).ToList();
        rows.Select(r => r[OutputDataset.Level]).ShouldBe(["中级工", "高级工", "预备技师", "技师"]);
        Certified(2025).ShouldBeInRange(4_800, 5_300);
        Certified(2024).ShouldBeLessThan(Certified(2025));
        Certified(2025).ShouldBeLessThan(Certified(2026));
        new OutputDemoRows().Rows(Scope(2025), 2).Count().ShouldBe(2);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_generated_row_passes_the_rules(int year)
    {
        foreach (var row in new OutputDemoRows().Rows(Scope(year), 4))
        {
            Int(row[OutputDataset.Certified]).ShouldBeLessThanOrEqualTo(Int(row[OutputDataset.Assessments]));
            new[] { OutputDataset.Graduates, OutputDataset.SocialTraining }.ShouldAllBe(c => Int(row[c]) > 0);
        }

        foreach (var row in new StudioDemoRows().Rows(Scope(year), 10))
        {
            Int(row[StudioDataset.Established]).ShouldBeLessThanOrEqualTo(year);
            row[StudioDataset.Name].ShouldEndWith("技能大师工作室");
            row[StudioDataset.Name].ShouldStartWith(row[StudioDataset.Master]!);
        }
    }

    [Fact]
    public void The_college_reaches_five_studios_in_2025()
    {
        int Count(int year) => new StudioDemoRows().Rows(Scope(year), 10).Count();
        (Count(2024), Count(2025), Count(2026)).ShouldBe((4, 5, 6));
        new StudioDemoRows().Rows(Scope(2026), 10).Select(r => r[StudioDataset.Name]).ShouldBeUnique();
    }
}
