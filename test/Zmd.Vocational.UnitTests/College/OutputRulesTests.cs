using Zmd.Vocational.College.Application;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.UnitTests.College;

/// <summary>The technician college's output rules on rows as Filing hands them over (integers as long, codes as stored
/// codes): certifications follow assessments, a studio exists by the end of the school year filed.</summary>
public sealed class OutputRulesTests
{
    private sealed class Errors : IRowErrors
    {
        public List<(string Column, string Key, IReadOnlyDictionary<string, object?>? Args)> All { get; } = [];

        public void Add(string columnKey, string messageKey, IReadOnlyDictionary<string, object?>? args = null) => All.Add((columnKey, messageKey, args));
    }

    private static FilingRow OutputRow(long graduates, long certified, long social, long assessments) =>
        new(2, [SkillLevelCodes.Advanced, graduates, certified, social, assessments]);

    private static FilingRow StudioRow(long established) => new(2, ["某某技能大师工作室", "某某", "焊接", StudioLevelCodes.City, established]);

    [Fact]
    public void More_people_certified_than_assessed_is_an_error_on_the_certified_column()
    {
        var errors = new Errors();
        OutputRules.Validate(OutputRow(10, 301, 0, 300), errors);

        var (column, key, args) = errors.All.ShouldHaveSingleItem();
        (column, key).ShouldBe((nameof(TrainingOutputRecord.Certified), CollegeErrorCodes.CertifiedExceedAssessments));
        (args!["certified"], args["assessments"]).ShouldBe((301L, 300L));
    }

    [Theory]
    [InlineData(300, 300)]
    [InlineData(0, 0)]
    [InlineData(0, 50)]
    public void As_many_or_fewer_certified_than_assessed_passes(long certified, long assessments)
    {
        var errors = new Errors();
        OutputRules.Validate(OutputRow(0, certified, 0, assessments), errors);
        errors.All.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2015, true)]
    [InlineData(2026, true)]
    [InlineData(2027, true)]   // spring 2027 is still in the 2026—2027 school year
    [InlineData(2028, false)]
    public void A_studio_must_exist_by_the_end_of_the_school_year_filed(long established, bool passes)
    {
        var errors = new Errors();
        StudioRules.Validate(new FilingScope(Guid.NewGuid(), 2026), StudioRow(established), errors);

        if (passes)
        {
            errors.All.ShouldBeEmpty();
            return;
        }

        var (column, key, args) = errors.All.ShouldHaveSingleItem();
        (column, key).ShouldBe((nameof(StudioRecord.Established), CollegeErrorCodes.StudioAfterYear));
        (args!["established"], args["year"], args["end"]).ShouldBe((established, 2026, 2027));
    }

    [Fact]
    public void Every_level_of_the_output_counts_as_a_new_skilled_worker_at_intermediate_level_or_above() =>
        Enum.GetValues<SkillLevel>().ShouldAllBe(l => OutputMeasures.IsIntermediateOrAbove(l));

    [Fact]
    public void The_measure_codes_follow_the_level_codes()
    {
        CollegeMeasures.GraduatesOf(SkillLevelCodes.PreTechnician).ShouldBe("col.graduates.pretechnician");
        CollegeMeasures.CertifiedOf(SkillLevelCodes.Intermediate).ShouldBe("col.certified.intermediate");
        CollegeMeasures.StudiosOf(StudioLevelCodes.National).ShouldBe("col.studios.national");
        OutputMeasures.Definitions.Select(d => d.Code).ShouldBeUnique();
        OutputMeasures.Definitions.Count.ShouldBe(1 + 4 + 1 + 4 + 3);
    }
}
