namespace Zmd.Vocational.College.Application;

/// <summary>How the demo college's yearly output moves: around the plan's figures in its target year 2025, growing a few
/// per cent a year, so that the monitoring of 专栏6 shows a trend that crosses its target (5,000 new skilled workers,
/// 1,000 internships for backbone enterprises) between 2024 and 2025.</summary>
internal static class OutputDemoTrend
{
    public const int TargetYear = 2025;

    /// <summary>The multiplier of <paramref name="year"/> against 2025, at <paramref name="growth"/> a year.</summary>
    public static double Factor(int year, double growth) => Math.Pow(1 + growth, year - TargetYear);
}
