using Microsoft.AspNetCore.Authorization;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Monitoring;

/// <summary>Every school's data-quality findings of the year, for the approver before approving.</summary>
[Authorize(Policy = TargetsPermissions.Monitor)]
public sealed class QualityModel(IDataQualityService quality) : MonitoringPage
{
    public IReadOnlyList<QualityFindingDto> Findings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ChooseYearAsync(ct);
        Findings = await quality.FindingsAsync(SelectedYear, null, ct);
    }
}
