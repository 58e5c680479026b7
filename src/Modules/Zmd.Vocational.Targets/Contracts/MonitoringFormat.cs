using System.Globalization;

namespace Zmd.Vocational.Targets.Contracts;

/// <summary>How pages write monitoring figures and statuses (the monitoring pages, and other modules' pages that show
/// them, such as the technician college's dashboard).</summary>
public static class MonitoringFormat
{
    public static string Value(decimal? value, int decimals = 2) =>
        value is { } v ? v.ToString("#,0." + new string('#', Math.Max(decimals, 0)), CultureInfo.CurrentCulture) : "—";

    public static string WithUnit(decimal? value, string unit, int decimals = 2) =>
        value is null ? "—" : unit == "%" ? Value(value, decimals) + "%" : Value(value, decimals) + " " + unit;

    public static string StatusCss(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "text-bg-success",
        TargetStatus.OnTrack => "text-bg-primary",
        TargetStatus.AtRisk => "text-bg-warning",
        TargetStatus.OffTrack => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string Name(string zh, string en) => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? en : zh;
}
