using Shouldly;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Indicators;

namespace Zmd.Vocational.UnitTests.Monitoring;

/// <summary>Indicators over a small hand-made city: two counties, three schools, checked at school, county and city
/// level against values worked out by hand, including a zero denominator and data not yet approved.</summary>
public sealed class IndicatorCalculatorTests
{
    private static readonly PlaceSchool A = new(Guid.NewGuid(), "A", "甲校", "C1", "一县");
    private static readonly PlaceSchool B = new(Guid.NewGuid(), "B", "乙校", "C1", "一县");
    private static readonly PlaceSchool C = new(Guid.NewGuid(), "C", "丙校", "C2", "二县");

    private static readonly IndicatorDefinition DualRatio = new("dual-ratio", "双师型教师占比", "Dual", "%", 2,
        LinearExpression.Parse("fac.dual"), LinearExpression.Parse("fac.professional"), 100m, null);

    private static readonly IndicatorDefinition StudentTeacher = new("str", "生师比", "STR", ":1", 1,
        LinearExpression.Parse("enr.students"), LinearExpression.Parse("fac.fulltime + 0.5 * fac.external"), 1m,
        new StandardDto(TargetComparator.AtMost, 20m, "中职设置标准"));

    private static readonly IndicatorDefinition Participation = new("participation", "参与比例", "Participation", "%", 2,
        LinearExpression.Parse("app.partners.large.distinct"), LinearExpression.Parse("city.enterprises.large"), 100m, null);

    private static MeasureLevel Level(string code) => code.StartsWith("city.", StringComparison.Ordinal) ? MeasureLevel.City
        : code.EndsWith(".distinct", StringComparison.Ordinal) ? MeasureLevel.AcrossSchools
        : MeasureLevel.School;

    private static YearFigures Figures(FilingState cState = FilingState.Approved) => new(
        new Dictionary<Guid, IReadOnlyDictionary<string, StateValue>>
        {
            // 甲校: 30 of 60 professional teachers dual-qualified; 900 students, 40 full-time + 10 external teachers.
            [A.Id] = Values(FilingState.Approved, ("fac.dual", 30), ("fac.professional", 60), ("enr.students", 900), ("fac.fulltime", 40), ("fac.external", 10)),
            // 乙校: filed teachers only, and no professional teachers at all.
            [B.Id] = Values(FilingState.Approved, ("fac.dual", 0), ("fac.professional", 0), ("fac.fulltime", 5), ("fac.external", 0)),
            // 丙校: 10 of 40; 1,000 students, 50 full-time teachers.
            [C.Id] = Values(cState, ("fac.dual", 10), ("fac.professional", 40), ("enr.students", 1000), ("fac.fulltime", 50), ("fac.external", 0)),
        },
        new Dictionary<string, CityValue> { ["city.enterprises.large"] = new(200m, FilingState.Approved) },
        new Dictionary<DataBasis, IReadOnlyDictionary<string, decimal>>
        {
            [DataBasis.Approved] = new Dictionary<string, decimal> { ["app.partners.large.distinct"] = 120m },
        },
        new Dictionary<DataBasis, bool>(),
        new Dictionary<DataBasis, int> { [DataBasis.Approved] = 2 });

    private static Dictionary<string, StateValue> Values(FilingState state, params (string Code, decimal Value)[] values) =>
        values.ToDictionary(v => v.Code, v => new StateValue(v.Value, state));

    private static IndicatorFigure Compute(IndicatorDefinition indicator, YearFigures figures, IReadOnlyList<PlaceSchool> schools, bool city = false,
        DataBasis basis = DataBasis.Approved) => IndicatorCalculator.Compute(indicator, figures, schools, city, basis, Level);

    [Fact]
    public void School_county_and_city_values_sum_numerators_and_denominators_before_dividing()
    {
        var figures = Figures();
        Compute(DualRatio, figures, [A]).Value.ShouldBe(50m);                // 30 / 60
        Compute(DualRatio, figures, [C]).Value.ShouldBe(25m);                // 10 / 40
        Compute(DualRatio, figures, [A, B]).Value.ShouldBe(50m);             // (30 + 0) / (60 + 0), county 一县
        var city = Compute(DualRatio, figures, [A, B, C], city: true);
        city.Value.ShouldBe(40m);                                            // 40 / 100, not the mean of 50 and 25
        (city.Numerator, city.Denominator, city.Covered, city.InScope).ShouldBe((40m, 100m, 3, 3));
    }

    [Fact]
    public void A_zero_denominator_is_no_data_never_zero()
    {
        var figure = Compute(DualRatio, Figures(), [B]);
        figure.Value.ShouldBeNull();
        (figure.Numerator, figure.Denominator).ShouldBe((0m, 0m));
    }

    [Fact]
    public void A_place_without_data_is_no_data()
    {
        var figure = Compute(DualRatio, YearFigures.Empty, [A, B, C], city: true);
        figure.Value.ShouldBeNull();
        figure.Covered.ShouldBe(0);
    }

    [Fact]
    public void A_school_counts_only_when_every_measure_is_filed()
    {
        // 乙校 has teachers but no students: it is left out of the student–teacher ratio entirely.
        var county = Compute(StudentTeacher, Figures(), [A, B]);
        county.Value.ShouldBe(20m);                                           // 900 / (40 + 0.5 × 10)
        county.Covered.ShouldBe(1);
        var city = Compute(StudentTeacher, Figures(), [A, B, C], city: true);
        city.Value!.Value.ShouldBe(1900m / 95m);                              // (900 + 1000) / (45 + 50) = 20
    }

    [Fact]
    public void Data_not_yet_approved_counts_only_as_provisional_and_is_marked()
    {
        var figures = Figures(cState: FilingState.Submitted);
        var approved = Compute(DualRatio, figures, [A, B, C], city: true);
        approved.Value.ShouldBe(50m);                                         // 30 / 60: 丙校 left out
        approved.Provisional.ShouldBeFalse();
        var provisional = Compute(DualRatio, figures, [A, B, C], city: true, basis: DataBasis.Provisional);
        provisional.Value.ShouldBe(40m);
        provisional.Provisional.ShouldBeTrue();
        Compute(DualRatio, Figures(cState: FilingState.Draft), [C], basis: DataBasis.Provisional).Value.ShouldBeNull();
    }

    [Fact]
    public void City_figures_exist_for_the_whole_city_only()
    {
        var city = Compute(Participation, Figures(), [A, B, C], city: true);
        (city.Value, city.Covered).ShouldBe((60m, 2));   // 120 / 200, over the 2 schools whose partners were counted
        Compute(Participation, Figures(), [A, B]).Value.ShouldBeNull();
    }

    [Fact]
    public void Linear_expressions_take_coefficients_and_hyphenated_codes()
    {
        var e = LinearExpression.Parse("fac.fulltime + 0.5 * fac.external - cert.pilot-majors");
        e.Terms.ShouldBe([(1m, "fac.fulltime"), (0.5m, "fac.external"), (-1m, "cert.pilot-majors")]);
        e.Evaluate(c => c == "fac.external" ? 10m : 4m).ShouldBe(4m + 5m - 4m);
        e.Evaluate(c => c == "fac.external" ? null : 4m).ShouldBeNull();
        Should.Throw<FormatException>(() => LinearExpression.Parse("fac.a + + fac.b"));
        Should.Throw<FormatException>(() => LinearExpression.Parse("2 * 3"));
        Should.Throw<FormatException>(() => LinearExpression.Parse(""));
    }
}
