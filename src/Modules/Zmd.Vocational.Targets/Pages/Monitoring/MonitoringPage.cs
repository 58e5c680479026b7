using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Charts;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Monitoring;

/// <summary>What every monitoring page shares: the year and basis chosen in the query string (defaulting to the latest
/// year with figures), and the localized chart words.</summary>
public abstract class MonitoringPage : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Include submitted-but-not-approved data (figures marked provisional).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Provisional { get; set; }

    public int SelectedYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public DataBasis Basis => Provisional ? DataBasis.Provisional : DataBasis.Approved;

    public static bool IsEnglish => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public ChartLabels ChartLabels => new(L["Monitoring:Chart.Actual"], L["Monitoring:Chart.Expected"], L["Monitoring:Chart.Target"],
        L["Monitoring:Chart.Forecast"], L["Monitoring:NoData"]);

    protected async Task ChooseYearAsync(CancellationToken ct)
    {
        var indicators = HttpContext.RequestServices.GetRequiredService<IIndicatorService>();
        var years = (await indicators.YearsAsync(ct)).ToList();
        var fallback = DateTime.UtcNow.Year - 1;
        SelectedYear = Year ?? (years.Count > 0 ? years[^1] : fallback);
        Years = years.Append(SelectedYear).Distinct().Order().ToList();
    }
}

/// <summary>How the monitoring pages write figures and statuses.</summary>
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

    public static string Name(string zh, string en) => MonitoringPage.IsEnglish ? en : zh;
}
