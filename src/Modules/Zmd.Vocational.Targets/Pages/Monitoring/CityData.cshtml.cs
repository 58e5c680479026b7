using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Monitoring;

/// <summary>The bureau's own figures of a year: entered, saved as a draft, submitted, approved or returned.</summary>
[Authorize(Policy = TargetsPermissions.Monitor)]
public sealed class CityDataModel(ICityDataService city, IPermissionChecker permissions) : MonitoringPage
{
    public CityDataSheetDto Sheet { get; private set; } = null!;

    public bool CanEnter { get; private set; }

    public bool CanReview { get; private set; }

    /// <summary>Values as typed (text, so a bad number is reported rather than silently dropped), by measure code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Notes { get; set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [RequirePermission(TargetsPermissions.EnterCityData, "PUT /api/city-data/{year:int}")]
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            var inputs = Sheet.Values.Select(m => new CityValueInput(m.Code, Parse(m.Code), Notes.GetValueOrDefault(m.Code))).ToList();
            await city.SaveAsync(SelectedYear, inputs, ct);
            StatusMessage = L["Monitoring:CityDataSaved"];
            return RedirectToPage(new { year = SelectedYear });
        });
    }

    // One handler per transition, as in the API, so each names its own permission.
    [RequirePermission(TargetsPermissions.EnterCityData, "POST /api/city-data/{year:int}/submit")]
    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => TransitionAsync(FilingAction.Submitted, ct);

    [RequirePermission(TargetsPermissions.ReviewCityData, "POST /api/city-data/{year:int}/approve")]
    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => TransitionAsync(FilingAction.Approved, ct);

    [RequirePermission(TargetsPermissions.ReviewCityData, "POST /api/city-data/{year:int}/return")]
    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) => TransitionAsync(FilingAction.Returned, ct);

    [RequirePermission(TargetsPermissions.ReviewCityData, "POST /api/city-data/{year:int}/unlock")]
    public Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) => TransitionAsync(FilingAction.Unlocked, ct);

    private async Task<IActionResult> TransitionAsync(FilingAction action, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            await city.TransitionAsync(SelectedYear, action, Comment, ct);
            StatusMessage = L["Enum:FilingAction." + action];
            return RedirectToPage(new { year = SelectedYear });
        });
    }

    private decimal? Parse(string code)
    {
        var text = Values.GetValueOrDefault(code)?.Trim().Replace(",", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BusinessException(CoreErrorCodes.InvalidValue, ErrorKind.Validation, new Dictionary<string, object?> { ["value"] = text }, code);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await ChooseYearAsync(ct);
        Sheet = await city.GetAsync(SelectedYear, ct);
        CanEnter = await permissions.IsGrantedAsync(User, TargetsPermissions.EnterCityData, ct);
        CanReview = await permissions.IsGrantedAsync(User, TargetsPermissions.ReviewCityData, ct);
    }
}
