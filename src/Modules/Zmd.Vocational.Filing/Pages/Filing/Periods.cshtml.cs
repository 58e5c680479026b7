using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Pages.Filing;

[Authorize(Policy = FilingPermissions.ManagePeriods)]
public sealed class PeriodsModel(IFilingCalendar calendar) : ZmdPageModel
{
    [BindProperty]
    public FilingPeriodInput Input { get; set; } = new();

    public IReadOnlyList<FilingPeriodDto> Periods { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Periods = await calendar.ListAsync(ct);

    [RequirePermission(FilingPermissions.ManagePeriods, "POST /api/filing/periods")]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Periods = await calendar.ListAsync(ct);
        return await RunAsync(async () =>
        {
            await calendar.SaveAsync(Input, ct);
            StatusMessage = L["Common:Saved"].Value;
            return RedirectToPage();
        }, nameof(Input));
    }
}
