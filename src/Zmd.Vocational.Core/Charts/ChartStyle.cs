namespace Zmd.Vocational.Core.Charts;

/// <summary>The one look of all charts. Series differ by dash pattern and marker as well as by colour, so a chart
/// printed in black and white stays readable; colours are dark enough for print.</summary>
internal static class ChartStyle
{
    public const string FontFamily = "Noto Sans CJK SC, Microsoft YaHei, sans-serif";
    public const string TextColor = "#262626";
    public const string MutedColor = "#737373";
    public const string AxisColor = "#595959";
    public const string GridColor = "#d9d9d9";

    public const string ActualColor = "#1f4e79";
    public const string ExpectedColor = "#595959";
    public const string TargetColor = "#a61c1c";
    public const string ForecastColor = "#b35900";
    public const string BarColor = "#7f9cbf";
    public const string HighlightColor = "#1f4e79";

    public const string ExpectedDash = "6 4";
    public const string TargetDash = "9 3 2 3";
    public const string ForecastDash = "2 3";
    public const string SparkTargetDash = "3 2";
}
