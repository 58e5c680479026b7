using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Monitoring;

/// <summary>The bureau's tolerances for the status of a target and the year-on-year jump rule, in percent.</summary>
[Authorize(Policy = TargetsPermissions.ManageSettings)]
public sealed class SettingsModel(IMonitoringSettings settings) : ZmdPageModel
{
    [BindProperty]
    public decimal OnTrackPercent { get; set; }

    [BindProperty]
    public decimal AtRiskPercent { get; set; }

    [BindProperty]
    public decimal JumpPercent { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await settings.GetAsync(ct);
        (OnTrackPercent, AtRiskPercent, JumpPercent) = (s.OnTrackTolerance * 100, s.AtRiskTolerance * 100, s.JumpShare * 100);
    }

    [RequirePermission(TargetsPermissions.ManageSettings, "PUT /api/monitoring/settings")]
    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await settings.SaveAsync(new MonitoringSettingsDto(OnTrackPercent / 100, AtRiskPercent / 100, JumpPercent / 100), ct);
        StatusMessage = L["Monitoring:SettingsSaved"];
        return RedirectToPage();
    });
}
