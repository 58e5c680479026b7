using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Charts;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.College.Pages.College;

/// <summary>The college dashboard: build-out timeline, progress against each 专栏6 target, trainees by level and the
/// standard's checks; the college's filer records new projects here.</summary>
[Authorize(Policy = CollegePermissions.View)]
public sealed class IndexModel(ICollegeDashboard dashboard, IBuildOutService buildOut, IPermissionChecker permissions, TimeProvider clock) : CollegePage
{
    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    public CollegeDashboardDto Dashboard { get; private set; } = null!;

    public bool CanReport { get; private set; }

    /// <summary>The build-out timeline, drawn on the server (no script), as the monitoring charts are.</summary>
    public string Timeline { get; private set; } = "";

    [BindProperty]
    public ProjectInput Project { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [RequirePermission(CollegePermissions.Report, "POST /api/college/projects")]
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            var created = await buildOut.CreateAsync(Project, School, ct);
            StatusMessage = L["College:ProjectSaved"];
            return RedirectToPage("Project", new { id = created.Id });
        }, nameof(Project));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await ChooseYearAsync(ct);
        Dashboard = await dashboard.GetAsync(SelectedYear, School, DataBasis.Approved, ct);
        CanReport = await permissions.IsGrantedAsync(User, CollegePermissions.Report, ct);
        Timeline = TimelineChart.Render(new TimelineSpec(L["College:Timeline"],
            Dashboard.Projects.Select(p => new TimelineItem(p.Name, p.PlannedStart, p.PlannedCompletion, p.ActualStart, p.ActualCompletion,
                (double?)p.Standing.PercentComplete, p.Standing.Late)).ToList(),
            DateOnly.FromDateTime(clock.GetLocalNow().DateTime), L["College:Planned"], L["College:ActualSchedule"], L["College:Today"], L["College:NoProjects"]));
    }
}
