using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Pages.Reports;

/// <summary>One edition: its state and hashes, the preview of its stored HTML (in a sandboxed frame), its downloads; for a
/// draft the narrative form, regenerate and publish; for a published edition the verification of its hashes.</summary>
[Authorize(Policy = ReportingPermissions.View)]
public sealed class EditionModel(IReportEditions editions, IPermissionChecker permissions) : Zmd.Vocational.Core.Http.ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public EditionDto Edition { get; private set; } = null!;

    public bool CanGenerate { get; private set; }

    public bool CanPublish { get; private set; }

    public VerificationDto? Verification { get; private set; }

    /// <summary>Whether this server can print PDF (Chromium installed): without it the PDF link is not offered.</summary>
    public bool PdfAvailable => HttpContext.RequestServices.GetRequiredService<Rendering.Pdf.IPdfPrinter>().IsAvailable;

    [BindProperty]
    public NarrativeInput Narrative { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Narrative = new NarrativeInput
        {
            Foreword = Edition.Narrative.Foreword, Cases = Edition.Narrative.Cases, Problems = Edition.Narrative.Problems,
            Measures = Edition.Narrative.Measures,
        };
    }

    [RequirePermission(ReportingPermissions.Generate, "PUT /api/reports/{id:guid}/narrative")]
    public async Task<IActionResult> OnPostNarrativeAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            await editions.SaveNarrativeAsync(Id, Narrative, ct);
            StatusMessage = L["Reporting:NarrativeSaved"];
            return RedirectToPage(new { id = Id });
        }, nameof(Narrative));
    }

    [RequirePermission(ReportingPermissions.Generate, "POST /api/reports")]
    public async Task<IActionResult> OnPostRegenerateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            var draft = await editions.GenerateAsync(new GenerateInput
            {
                Template = Edition.Template, Year = Edition.Year, School = Edition.Scope == "city" ? null : Edition.Scope, Provisional = Edition.Provisional,
            }, ct);
            StatusMessage = L["Reporting:Generated"];
            return RedirectToPage(new { id = draft.Id });
        });
    }

    [RequirePermission(ReportingPermissions.Publish, "POST /api/reports/{id:guid}/publish")]
    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            await editions.PublishAsync(Id, ct);
            StatusMessage = L["Reporting:Published"];
            return RedirectToPage(new { id = Id });
        });
    }

    // Changes nothing (a POST only so the result shows on the page), but is a handler like the others.
    [RequirePermission(ReportingPermissions.View, "GET /api/reports/{id:guid}/verify")]
    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Verification = await editions.VerifyAsync(Id, ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Edition = await editions.GetAsync(Id, ct);
        CanGenerate = await permissions.IsGrantedAsync(User, ReportingPermissions.Generate, ct);
        CanPublish = await permissions.IsGrantedAsync(User, ReportingPermissions.Publish, ct);
    }
}
