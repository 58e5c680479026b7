using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Charts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Monitoring;

/// <summary>One target: the trend chart with the target line and expected path, the years, and the counties and schools
/// furthest behind first (or sorted by the column the reader clicks; sorting is done here, so it works without script
/// and in print).</summary>
[Authorize(Policy = TargetsPermissions.Monitor)]
public sealed class TargetModel(ITargetProgress progress) : MonitoringPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    /// <summary>"behind" (default), "name", "actual", "quota", "gap"; a leading "-" reverses.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>Show every school; by default the table lists the <see cref="FirstSchools"/> furthest behind (a province
    /// has hundreds, and the page is read for who is behind).</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public const int FirstSchools = 50;

    public int SchoolCount { get; private set; }

    public TargetDetailDto Detail { get; private set; } = null!;

    public PlacesTable CountyTable { get; private set; } = null!;

    public PlacesTable SchoolTable { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    public string CountyChart { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ChooseYearAsync(ct);
        Detail = await progress.DetailAsync(Code, SelectedYear, Basis, ct);
        var p = Detail.Progress;
        var name = MonitoringFormat.Name(p.NameZh, p.NameEn);
        Chart = TargetCharts.Trend(p, p.TargetCode + " " + name, ChartLabels);
        CountyChart = BarChart.Render(new BarChartSpec(L["Monitoring:ByCounty"], p.Unit,
            Detail.Counties.Select(c => new BarItem(c.Name, c.Actual is { } a ? (double)a : null, c.Status is TargetStatus.OffTrack or TargetStatus.AtRisk)).ToList(),
            null, "", L["Monitoring:NoData"]));
        CountyTable = new PlacesTable(Detail.Counties, p.Unit, "county-table", null);
        var schools = Sorted(Detail.Schools);
        SchoolCount = schools.Count;
        SchoolTable = new PlacesTable(All ? schools : schools.Take(FirstSchools).ToList(), p.Unit, "school-table", SortLink);
    }

    private List<PlaceProgressDto> Sorted(IReadOnlyList<PlaceProgressDto> places)
    {
        var key = (Sort ?? "behind").TrimStart('-');
        var descending = Sort?.StartsWith('-') == true;
        IEnumerable<PlaceProgressDto> sorted = key switch
        {
            "name" => places.OrderBy(p => p.Code, StringComparer.Ordinal),
            "actual" => places.OrderBy(p => p.Actual ?? decimal.MinValue),
            "quota" => places.OrderBy(p => p.Quota ?? decimal.MinValue),
            "gap" => places.OrderBy(p => p.Gap ?? decimal.MinValue),
            _ => places,
        };
        return descending ? sorted.Reverse().ToList() : sorted.ToList();
    }

    /// <summary>The link that sorts by <paramref name="key"/>, reversing when it is already the sort.</summary>
    public string SortLink(string key) =>
        $"?year={SelectedYear}&provisional={Provisional.ToString().ToLowerInvariant()}&all={All.ToString().ToLowerInvariant()}&sort={(Sort == key ? "-" + key : key)}";

    public string AllLink => $"?year={SelectedYear}&provisional={Provisional.ToString().ToLowerInvariant()}&all=true&sort={Sort}";
}

/// <summary>A table of counties or schools against a target; with a sort link, its headers sort it.</summary>
public sealed record PlacesTable(IReadOnlyList<PlaceProgressDto> Places, string Unit, string Id, Func<string, string>? SortLink);
