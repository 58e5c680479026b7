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
        (SelectedYear, Years) = await HttpContext.RequestServices.GetRequiredService<IIndicatorService>().ChooseAsync(Year, ct);
    }
}
