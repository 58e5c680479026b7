using Shouldly;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Progress;

namespace Zmd.Vocational.UnitTests.Monitoring;

/// <summary>The expected path, the status and the forecast, checked against values worked out by hand.</summary>
public sealed class TargetPathTests
{
    private static readonly MonitoringSettingsDto Settings = new(0.02m, 0.10m, 0.30m);

    // ≥ target: baseline 2020 = 26.82, 2025 = 50 → expected rises (50 − 26.82) / 5 = 4.636 a year.
    private static readonly PathSpec AtLeast = new(2020, 26.82m, 2025, 50m, TargetComparator.AtLeast, false);

    // ≤ target: baseline 2020 = 8, 2025 = 5.5 → expected falls 0.5 a year.
    private static readonly PathSpec AtMost = new(2020, 8m, 2025, 5.5m, TargetComparator.AtMost, false);

    private static PathYear Year(PathSpec spec, int year, decimal actual) =>
        TargetPath.Evaluate(spec, [(year, actual)], Settings).Years.Single();

    [Fact]
    public void Expected_path_is_the_straight_line_from_baseline_to_target()
    {
        var result = TargetPath.Evaluate(AtLeast, [(2021, 30m), (2023, 40m), (2025, null)], Settings);
        result.Years.Select(y => y.Expected).ShouldBe([31.456m, 40.728m, 50m]);
        result.Years[0].Gap.ShouldBe(30m - 31.456m);
        result.Years[2].Status.ShouldBe(TargetStatus.NoData);
    }

    [Theory]
    [InlineData(2023, 45, TargetStatus.OnTrack)]     // above the path (expected 40.728)
    [InlineData(2023, 40.728, TargetStatus.OnTrack)] // on the path
    [InlineData(2023, 40, TargetStatus.OnTrack)]     // 0.728 below: within 2% of 50 (= 1)
    [InlineData(2023, 37, TargetStatus.AtRisk)]      // 3.728 below: within 10% of 50 (= 5)
    [InlineData(2023, 30, TargetStatus.OffTrack)]    // 10.728 below
    [InlineData(2023, 50, TargetStatus.Achieved)]    // the target itself, early
    public void At_least_targets_above_on_and_below_the_path(int year, double actual, TargetStatus expected) =>
        Year(AtLeast, year, (decimal)actual).Status.ShouldBe(expected);

    [Theory]
    [InlineData(2022, 6.5, TargetStatus.OnTrack)]  // below the path is good for "≤" (expected 7)
    [InlineData(2022, 7, TargetStatus.OnTrack)]    // on the path
    [InlineData(2022, 7.5, TargetStatus.AtRisk)]   // 0.5 above: more than 2% of 5.5 (0.11), within 10% (0.55)
    [InlineData(2022, 8, TargetStatus.OffTrack)]   // 1 above
    [InlineData(2022, 5.4, TargetStatus.Achieved)]
    public void At_most_targets_above_on_and_below_the_path(int year, double actual, TargetStatus expected) =>
        Year(AtMost, year, (decimal)actual).Status.ShouldBe(expected);

    [Fact]
    public void Forecast_is_the_least_squares_line_through_baseline_and_actuals_read_at_the_target_year()
    {
        // Points (2020, 26.82), (2021, 30), (2022, 33), (2023, 36): mean (2021.5, 31.455), Sxy 15.27, Sxx 5,
        // slope 3.054 → 2025: 31.455 + 3.5 × 3.054 = 42.144.
        var result = TargetPath.Evaluate(AtLeast, [(2021, 30m), (2022, 33m), (2023, 36m)], Settings);
        result.Forecast!.Value.ShouldBe(42.144m, 0.0001m);
        result.ForecastMeetsTarget.ShouldBe(false);

        var falling = TargetPath.Evaluate(AtMost, [(2021, 7m), (2022, 6m)], Settings);
        // (2020, 8), (2021, 7), (2022, 6): slope −1 → 2025: 3, which meets "≤ 5.5".
        falling.Forecast!.Value.ShouldBe(3m, 0.0001m);
        falling.ForecastMeetsTarget.ShouldBe(true);
    }

    [Fact]
    public void Without_a_baseline_the_first_year_with_data_is_the_baseline()
    {
        var spec = new PathSpec(null, null, 2025, 10m, TargetComparator.AtLeast, false);
        var result = TargetPath.Evaluate(spec, [(2021, null), (2022, 4m), (2023, 5m)], Settings);
        (result.BaselineYear, result.BaselineValue, result.BaselineFromData).ShouldBe((2022, 4m, true));
        result.Years[0].Expected.ShouldBeNull();
        result.Years[2].Expected.ShouldBe(6m); // 4 + (10 − 4) × 1/3
        result.Years[2].Status.ShouldBe(TargetStatus.AtRisk); // 1 below: more than 2%, within 10% of 10
        result.Forecast.ShouldBe(7m); // through (2022, 4) and (2023, 5)
    }

    [Fact]
    public void Cumulative_targets_start_from_zero()
    {
        var spec = new PathSpec(2020, 39.99m, 2025, 25m, TargetComparator.AtLeast, true);
        var result = TargetPath.Evaluate(spec, [(2022, 10m)], Settings);
        result.BaselineValue.ShouldBe(0m);
        result.Years[0].Expected.ShouldBe(10m);
        result.Years[0].Status.ShouldBe(TargetStatus.OnTrack);
    }

    [Fact]
    public void No_data_and_no_numeric_target_are_their_own_statuses()
    {
        TargetPath.Evaluate(AtLeast, [(2021, null)], Settings).Years[0].Status.ShouldBe(TargetStatus.NoData);
        TargetPath.Evaluate(AtLeast, [], Settings).Forecast.ShouldBeNull();
        var words = new PathSpec(null, null, 2025, null, TargetComparator.AtLeast, false);
        TargetPath.Evaluate(words, [(2021, 3m)], Settings).Years[0].Status.ShouldBe(TargetStatus.NotApplicable);
    }

    [Fact]
    public void The_bureau_tolerances_move_the_thresholds()
    {
        // 0.728 below the path: on track by default (2% of 50 = 1), at risk with no on-track tolerance and 2% at-risk,
        // off track with 1% (0.5).
        TargetPath.Evaluate(AtLeast, [(2023, 40m)], new MonitoringSettingsDto(0m, 0.02m, 0.3m)).Years[0].Status.ShouldBe(TargetStatus.AtRisk);
        TargetPath.Evaluate(AtLeast, [(2023, 40m)], new MonitoringSettingsDto(0m, 0.01m, 0.3m)).Years[0].Status.ShouldBe(TargetStatus.OffTrack);
    }
}
