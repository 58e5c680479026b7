using Microsoft.AspNetCore.Authorization;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Monitoring;

/// <summary>The city overview: every target as a card with its status, trend and target line, and how complete the
/// year's filing is.</summary>
[Authorize(Policy = TargetsPermissions.Monitor)]
public sealed class IndexModel(ITargetProgress progress, ICompleteness completeness) : MonitoringPage
{
    public IReadOnlyList<IGrouping<string, TargetProgressDto>> Sections { get; private set; } = [];

    public IReadOnlyDictionary<TargetStatus, int> StatusCounts { get; private set; } = new Dictionary<TargetStatus, int>();

    public CompletenessDto? Completeness { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ChooseYearAsync(ct);
        var targets = await progress.OverviewAsync(SelectedYear, Basis, ct);
        Sections = targets.GroupBy(t => Targets.TargetFormat.Chapter(t.Section)).ToList();
        StatusCounts = targets.GroupBy(t => t.Status).ToDictionary(g => g.Key, g => g.Count());
        Completeness = await completeness.ForYearAsync(SelectedYear, ct);
    }
}
