using Shouldly;
using Zmd.Vocational.Targets.Application;

namespace Zmd.Vocational.UnitTests.Monitoring;

/// <summary>The data-quality rules over a school's measures: contradictions are errors, big jumps are warnings, and a
/// rule whose measures are not all filed says nothing.</summary>
public sealed class QualityRulesTests
{
    private static Dictionary<string, decimal> M(params (string Code, decimal Value)[] values) => values.ToDictionary(v => v.Code, v => v.Value);

    [Fact]
    public void Figures_that_contradict_each_other_are_errors()
    {
        var findings = QualityRules.Check(M(("fac.dual", 12), ("fac.professional", 10), ("cert.students.certified", 500), ("enr.students", 400),
            ("cert.pilot-majors", 3), ("enr.majors-offered", 5)), null, 0.3m).ToList();
        findings.Select(f => f.Rule).ShouldBe([QualityRules.DualExceedsProfessional, QualityRules.CertifiedExceedsStudents]);
        findings.ShouldAllBe(f => f.IsError);
        findings[0].Args["dual"].ShouldBe(12m);
        findings[0].Args["professional"].ShouldBe(10m);
    }

    [Fact]
    public void Consistent_or_partly_filed_figures_raise_nothing()
    {
        QualityRules.Check(M(("fac.dual", 10), ("fac.professional", 10)), null, 0.3m).ShouldBeEmpty();
        QualityRules.Check(M(("cert.students.certified", 500)), null, 0.3m).ShouldBeEmpty(); // no roster filed: silent
    }

    [Theory]
    [InlineData(1000, 1300, false)] // +30%: at the limit, fine
    [InlineData(1000, 1301, true)]
    [InlineData(1000, 699, true)]   // −30.1%
    public void A_jump_beyond_the_share_from_last_year_is_a_warning(int before, int now, bool warned)
    {
        var findings = QualityRules.Check(M(("enr.students", now)), M(("enr.students", before)), 0.3m).ToList();
        findings.Any(f => f.Rule == QualityRules.EnrolmentJump && !f.IsError).ShouldBe(warned);
    }
}
