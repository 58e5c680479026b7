using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Pages.Filing;

/// <summary>One filing: its state, history and first rows; approve, return (with a comment) or unlock (with a reason).</summary>
[Authorize(Policy = FilingPermissions.View)]
public sealed class DetailModel(
    IFilingWorkflow workflow, IDatasetCatalog datasets, IPermissionChecker permissions, IEnumerable<IFilingAdvisor> advisors, ICrossSchoolDuplicates duplicates)
    : ZmdPageModel
{
    public FilingDto Filing { get; private set; } = null!;
    public string DatasetName { get; private set; } = "";
    public IReadOnlyList<FilingEventDto> History { get; private set; } = [];
    public FilingPreviewDto Preview { get; private set; } = new([], [], 0, true);
    public bool CanReview { get; private set; }

    /// <summary>Other modules' findings on the school's figures of the year (data quality), for the filer before
    /// submitting and the approver before approving.</summary>
    public IReadOnlyList<FilingAdviceDto> Advice { get; private set; } = [];

    /// <summary>The bureau's cross-school duplicates of this school, dataset and year (null: the user may not see them —
    /// a school user is never shown that another school filed one of its students).</summary>
    public IReadOnlyList<CrossSchoolDuplicateDto>? Duplicates { get; private set; }

    public bool CanResolveDuplicates { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    [RequirePermission(FilingPermissions.Review, "POST /api/filing/filings/{id:guid}/approve")]
    public Task<IActionResult> OnPostApproveAsync(Guid id, string? comment, CancellationToken ct) =>
        ReviewAsync(id, () => workflow.ApproveAsync(id, comment, ct), "Filing:ApprovedMessage", ct);

    [RequirePermission(FilingPermissions.Review, "POST /api/filing/filings/{id:guid}/return")]
    public Task<IActionResult> OnPostReturnAsync(Guid id, string? comment, CancellationToken ct) =>
        ReviewAsync(id, () => workflow.ReturnAsync(id, comment, ct), "Filing:ReturnedMessage", ct);

    [RequirePermission(FilingPermissions.Review, "POST /api/filing/filings/{id:guid}/unlock")]
    public Task<IActionResult> OnPostUnlockAsync(Guid id, string? comment, CancellationToken ct) =>
        ReviewAsync(id, () => workflow.UnlockAsync(id, comment, ct), "Filing:UnlockedMessage", ct);

    private async Task<IActionResult> ReviewAsync(Guid id, Func<Task<FilingDto>> action, string messageKey, CancellationToken ct)
    {
        var result = await RunAsync(async () =>
        {
            await action();
            StatusMessage = L[messageKey].Value;
            return RedirectToPage(new { id });
        });
        if (result is PageResult && !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return result;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Filing = await workflow.GetAsync(id, ct);
        }
        catch (BusinessException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return false;
        }

        DatasetName = datasets.Get(Filing.DatasetCode).NameZh;
        History = await workflow.HistoryAsync(id, ct);
        var showPersonal = await permissions.IsGrantedAsync(User, FilingPermissions.ViewPersonalData, ct);
        Preview = await workflow.PreviewAsync(id, 50, showPersonal, ct);
        CanReview = await permissions.IsGrantedAsync(User, FilingPermissions.Review, ct);
        var advice = new List<FilingAdviceDto>();
        foreach (var advisor in advisors)
        {
            advice.AddRange(await advisor.AdviseAsync(new FilingScope(Filing.SchoolId, Filing.Year), ct));
        }

        Advice = advice;
        if (await permissions.IsGrantedAsync(User, FilingPermissions.ViewDuplicates, ct))
        {
            // The clashes that still stand (a closed one is gone from the data): for the approver before approving.
            Duplicates = (await duplicates.ListAsync(new DuplicateQuery(Filing.Year, Filing.SchoolCode, Filing.DatasetCode), showPersonal, ct)).Findings
                .Where(d => d.Status != DuplicateStatus.Closed).ToList();
            CanResolveDuplicates = await permissions.IsGrantedAsync(User, FilingPermissions.ResolveDuplicates, ct);
        }

        return true;
    }
}
