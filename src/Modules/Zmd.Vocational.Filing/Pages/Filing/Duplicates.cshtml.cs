using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Pages.Filing;

/// <summary>The bureau's cross-school duplicates of a school year: students filed by two schools (each school's row and
/// filing), resolved with a note; and the uploads flagged for clashing unusually often. No school user reaches it.</summary>
[Authorize(Policy = FilingPermissions.ViewDuplicates)]
public sealed class DuplicatesModel(ICrossSchoolDuplicates duplicates, IFilingCalendar calendar, IDatasetCatalog datasets, IPermissionChecker permissions)
    : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DuplicateStatus? Status { get; set; }

    /// <summary>A school code: its findings on either side, and its flagged uploads.</summary>
    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    public IReadOnlyList<FilingPeriodDto> Periods { get; private set; } = [];
    public CrossSchoolDuplicatesDto? Result { get; private set; }
    public bool CanResolve { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    [RequirePermission(FilingPermissions.ResolveDuplicates, "POST /api/filing/duplicates/{id:guid}/resolve")]
    public async Task<IActionResult> OnPostResolveAsync(Guid id, string? note, CancellationToken ct)
    {
        IActionResult result;
        try
        {
            result = await RunAsync(async () =>
            {
                await duplicates.ResolveAsync(id, note, false, ct);
                StatusMessage = L["Duplicates:ResolvedMessage"].Value;
                return RedirectToPage(new { year = Year, status = Status, school = School });
            });
        }
        catch (BusinessException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            // A stale form (a finding that is gone): said on the page, like the other refusals.
            ModelState.AddModelError(string.Empty, L.Format(ex.Code, ex.Args) + " [" + ex.Code + "]");
            result = Page();
        }

        if (result is PageResult)
        {
            await LoadAsync(ct);
        }

        return result;
    }

    public string DatasetName(string code)
    {
        var dataset = datasets.Get(code);
        return CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? dataset.NameEn : dataset.NameZh;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Periods = await calendar.ListAsync(ct);
        CanResolve = await permissions.IsGrantedAsync(User, FilingPermissions.ResolveDuplicates, ct);
        var year = Year ?? Periods.FirstOrDefault(p => p.IsOpen)?.Year ?? (Periods.Count > 0 ? Periods[0].Year : null);
        if (year is { } y)
        {
            var showPersonal = await permissions.IsGrantedAsync(User, FilingPermissions.ViewPersonalData, ct);
            var school = string.IsNullOrWhiteSpace(School) ? null : School.Trim();
            Result = await duplicates.ListAsync(new DuplicateQuery(y, school, null, Status), showPersonal, ct);
        }
    }
}
