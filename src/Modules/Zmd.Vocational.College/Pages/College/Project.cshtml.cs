using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Pages.College;

/// <summary>One build-out project: its plan, its progress reports with their workflow and attachments; the college's
/// filer records and submits reports, the bureau's approver approves or returns them.</summary>
[Authorize(Policy = CollegePermissions.View)]
public sealed class ProjectModel(IBuildOutService buildOut, IPermissionChecker permissions) : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ProjectDetailDto Detail { get; private set; } = null!;

    public bool CanReport { get; private set; }

    public bool CanApprove { get; private set; }

    [BindProperty]
    public ProgressReportInput Report { get; set; } = new();

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>The project's plan and actual dates, as edited (prefilled from the stored project).</summary>
    [BindProperty]
    public ProjectInput Edit { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [RequirePermission(CollegePermissions.Report, "POST /api/college/projects/{id:guid}/reports")]
    public async Task<IActionResult> OnPostReportAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            await buildOut.RecordReportAsync(Id, Report, ct);
            StatusMessage = L["College:ReportSaved"];
            return RedirectToPage(new { id = Id });
        }, nameof(Report));
    }

    [RequirePermission(CollegePermissions.Report, "PUT /api/college/projects/{id:guid}")]
    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct)
    {
        var edited = Edit;
        await LoadAsync(ct);
        Edit = edited;
        return await RunAsync(async () =>
        {
            await buildOut.UpdateAsync(Id, Edit, ct);
            StatusMessage = L["College:ProjectSaved"];
            return RedirectToPage(new { id = Id });
        }, nameof(Edit));
    }

    // One handler per transition, as in the API, so each names its own permission.
    [RequirePermission(CollegePermissions.Report, "POST /api/college/reports/{id:guid}/submit")]
    public Task<IActionResult> OnPostSubmitAsync(Guid reportId, CancellationToken ct) => TransitionAsync(reportId, FilingAction.Submitted, ct);

    [RequirePermission(CollegePermissions.Approve, "POST /api/college/reports/{id:guid}/approve")]
    public Task<IActionResult> OnPostApproveAsync(Guid reportId, CancellationToken ct) => TransitionAsync(reportId, FilingAction.Approved, ct);

    [RequirePermission(CollegePermissions.Approve, "POST /api/college/reports/{id:guid}/return")]
    public Task<IActionResult> OnPostReturnAsync(Guid reportId, CancellationToken ct) => TransitionAsync(reportId, FilingAction.Returned, ct);

    [RequirePermission(CollegePermissions.Approve, "POST /api/college/reports/{id:guid}/unlock")]
    public Task<IActionResult> OnPostUnlockAsync(Guid reportId, CancellationToken ct) => TransitionAsync(reportId, FilingAction.Unlocked, ct);

    [RequirePermission(CollegePermissions.Report, "POST /api/college/reports/{id:guid}/attachments")]
    public async Task<IActionResult> OnPostAttachAsync(Guid reportId, IFormFile? file, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (file is null)
        {
            ModelState.AddModelError("File", L["College:ChooseFile"]);
            return Page();
        }

        return await RunAsync(async () =>
        {
            await using var stream = file.OpenReadStream();
            await buildOut.AttachAsync(reportId, file.FileName, file.ContentType, stream, ct);
            StatusMessage = L["College:AttachmentSaved"];
            return RedirectToPage(new { id = Id });
        });
    }

    private async Task<IActionResult> TransitionAsync(Guid reportId, FilingAction action, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            await buildOut.TransitionReportAsync(reportId, action, Comment, ct);
            StatusMessage = L["Enum:FilingAction." + action];
            return RedirectToPage(new { id = Id });
        });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Detail = await buildOut.GetAsync(Id, ct);
        var p = Detail.Project;
        Edit = new ProjectInput
        {
            Name = p.Name, PlannedFloorArea = p.PlannedFloorArea, PlannedPlaces = p.PlannedPlaces, Budget = p.Budget, PlannedStart = p.PlannedStart,
            PlannedCompletion = p.PlannedCompletion, ActualStart = p.ActualStart, ActualCompletion = p.ActualCompletion, Note = p.Note,
        };
        CanReport = await permissions.IsGrantedAsync(User, CollegePermissions.Report, ct);
        CanApprove = await permissions.IsGrantedAsync(User, CollegePermissions.Approve, ct);
    }
}
