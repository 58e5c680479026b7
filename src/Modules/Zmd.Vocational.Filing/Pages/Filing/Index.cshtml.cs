using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Pages.Filing;

/// <summary>A school's checklist for a school year: each dataset's state, upload, submit. A school user sees their own
/// school only; bureau staff pick a school.</summary>
[Authorize(Policy = FilingPermissions.View)]
public sealed class IndexModel(IFilingCalendar calendar, IFilingWorkflow workflow, IDatasetCatalog datasets, ISchoolDirectory schools, IPermissionChecker permissions, TimeProvider clock)
    : ZmdPageModel
{
    public sealed record ChecklistItem(DatasetDto Dataset, FilingState State, FilingDto? Filing);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    public IReadOnlyList<FilingPeriodDto> Periods { get; private set; } = [];
    public FilingPeriodDto? Period { get; private set; }
    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];
    public SchoolDto? SchoolShown { get; private set; }
    public IReadOnlyList<ChecklistItem> Items { get; private set; } = [];
    public bool CanUpload { get; private set; }
    public bool CanSubmit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    // Submitting is the school's own act (its filer's): bureau staff approve or return, never submit for a school.
    [RequirePermission(FilingPermissions.Submit, "POST /api/filing/filings/{id:guid}/submit")]
    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        var result = await RunAsync(async () =>
        {
            var filing = await workflow.SubmitAsync(id, ct);
            StatusMessage = L["Filing:Submitted"].Value;
            return RedirectToPage(new { year = filing.Year, school = filing.SchoolCode });
        });
        if (result is PageResult)
        {
            await LoadAsync(ct);
        }

        return result;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Periods = await calendar.ListAsync(ct);
        Period = Year is { } y ? Periods.FirstOrDefault(p => p.Year == y) : Periods.FirstOrDefault(p => p.IsOpen) ?? (Periods.Count > 0 ? Periods[0] : null);
        Schools = await schools.ListAsync(new SchoolQuery(IncludeInactive: false), ct);
        SchoolShown = Schools.FirstOrDefault(s => s.Code == School) ?? (Schools.Count > 0 ? Schools[0] : null);
        CanUpload = await permissions.IsGrantedAsync(User, FilingPermissions.Upload, ct);
        CanSubmit = await permissions.IsGrantedAsync(User, FilingPermissions.Submit, ct);
        if (Period is null || SchoolShown is null)
        {
            return;
        }

        // The school's own filings only (not the whole board), shown by the board's rule.
        var pastDeadline = FilingStatus.IsPastDeadline(Period.Deadline, clock.GetUtcNow().UtcDateTime);
        var filings = (await workflow.ListAsync(Period.Year, SchoolShown.Code, null, ct)).ToDictionary(f => f.DatasetCode);
        Items = datasets.ListFor(SchoolShown.Type).Select(d =>
        {
            var filing = filings.GetValueOrDefault(d.Code);
            return new ChecklistItem(d, FilingStatus.Shown(filing?.State, pastDeadline), filing);
        }).ToList();
    }
}
