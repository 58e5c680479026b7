using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.UnitTests.Charts;

/// <summary>Axis ticks a reader can interpolate between: steps of 1, 2, 2.5 or 5 × 10ⁿ, covering the data.</summary>
public sealed class NiceScaleTests
{
    [Fact]
    public void Zero_to_87_is_ticked_in_twenties_up_to_100()
    {
        var scale = NiceScale.For(0, 87);

        scale.Ticks().ShouldBe([0, 20, 40, 60, 80, 100]);
        scale.Step.ShouldBe(20);
    }

    [Theory]
    [InlineData(0, 87)]
    [InlineData(0, 100)]
    [InlineData(0, 101)]
    [InlineData(95.1, 97)]
    [InlineData(-12, 30)]
    [InlineData(0.12, 0.37)]
    [InlineData(1500, 115000)]
    [InlineData(-40, -3)]
    [InlineData(0, 0.004)]
    public void Ticks_are_nice_and_cover_the_range(double min, double max) => ShouldBeNice(NiceScale.For(min, max), min, max);

    [Fact]
    public void Random_ranges_get_four_to_six_nice_ticks()
    {
        var random = new Random(20250101);
        for (var i = 0; i < 2000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-3, 7));
            var a = (random.NextDouble() - 0.3) * magnitude;
            var b = a + random.NextDouble() * magnitude;
            ShouldBeNice(NiceScale.For(a, b), a, b);
        }
    }

    [Fact]
    public void Ticks_carry_no_floating_point_noise()
    {
        var ticks = NiceScale.For(0.1, 0.7).Ticks();

        ticks.ShouldBe([0, 0.2, 0.4, 0.6, 0.8]);
        ticks.ShouldAllBe(t => Math.Round(t, 10) == t);
    }

    [Fact]
    public void The_bounds_may_come_in_either_order() => NiceScale.For(87, 0).ShouldBe(NiceScale.For(0, 87));

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    [InlineData(-3)]
    public void An_empty_range_is_widened_around_its_value(double value)
    {
        var scale = NiceScale.For(value, value);

        scale.Max.ShouldBeGreaterThan(scale.Min);
        ShouldBeNice(scale, value, value);
    }

    [Fact]
    public void Fraction_is_zero_at_the_bottom_and_one_at_the_top()
    {
        var scale = NiceScale.For(0, 87);

        scale.Fraction(0).ShouldBe(0);
        scale.Fraction(100).ShouldBe(1);
        scale.Fraction(50).ShouldBe(0.5);
    }

    [Fact]
    public void Non_finite_bounds_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => NiceScale.For(double.NaN, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => NiceScale.For(0, double.PositiveInfinity));
    }

    private static void ShouldBeNice(NiceScale scale, double min, double max)
    {
        var exponent = Math.Floor(Math.Log10(scale.Step));
        var mantissa = Math.Round(scale.Step / Math.Pow(10, exponent), 9);
        new[] { 1, 2, 2.5, 5 }.ShouldContain(mantissa, $"step {scale.Step}");

        var ticks = scale.Ticks();
        ticks.Count.ShouldBeInRange(4, 6, $"{min}..{max}: {string.Join(", ", ticks)}");
        ticks[0].ShouldBeLessThanOrEqualTo(Math.Min(min, max));
        ticks[^1].ShouldBeGreaterThanOrEqualTo(Math.Max(min, max));
        for (var i = 1; i < ticks.Count; i++)
        {
            (ticks[i] - ticks[i - 1]).ShouldBe(scale.Step, scale.Step * 1e-9);
        }
    }
}
