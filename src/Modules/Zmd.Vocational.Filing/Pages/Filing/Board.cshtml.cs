using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Pages.Filing;

/// <summary>Every school × dataset for a year: not started / draft / submitted / returned / approved / overdue,
/// with bulk approval of submitted filings.</summary>
[Authorize(Policy = FilingPermissions.Board)]
public sealed class BoardModel(IFilingCalendar calendar, IFilingWorkflow workflow, IPermissionChecker permissions) : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<FilingPeriodDto> Periods { get; private set; } = [];
    public StatusBoardDto? Board { get; private set; }
    public IReadOnlyList<(FilingState State, int Count)> Summary { get; private set; } = [];
    public bool CanReview { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Periods = await calendar.ListAsync(ct);
        var year = Year ?? Periods.FirstOrDefault(p => p.IsOpen)?.Year ?? (Periods.Count > 0 ? Periods[0].Year : null);
        CanReview = await permissions.IsGrantedAsync(User, FilingPermissions.Review, ct);
        if (year is { } y)
        {
            Board = await workflow.StatusBoardAsync(y, ct);
            Summary = Board.Rows.SelectMany(r => r.Cells).GroupBy(c => c.State).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        }
    }

    [RequirePermission(FilingPermissions.Review, "POST /api/filing/filings/approve")]
    public async Task<IActionResult> OnPostApproveAsync(int year, Guid[] ids, CancellationToken ct)
    {
        var result = await workflow.ApproveManyAsync(new BulkApproveInput(ids, null), ct);
        StatusMessage = L["Filing:BulkApproved"].Value
            .Replace("{approved}", result.Approved.ToString(System.Globalization.CultureInfo.CurrentCulture), StringComparison.Ordinal)
            .Replace("{refused}", result.Refused.Count.ToString(System.Globalization.CultureInfo.CurrentCulture), StringComparison.Ordinal);
        return RedirectToPage(new { year });
    }
}
