using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Pages.Reports.Templates;

/// <summary>One template: edit its text, check it (syntax, then a render against sample data shown in a sandboxed frame),
/// save it as a new version (refused when the check fails), see every version, load an old one, revert to the file.</summary>
[Authorize(Policy = ReportingPermissions.ManageTemplates)]
public sealed class EditModel(IReportTemplateService templates) : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    /// <summary>A saved version to load into the editor (?version=n).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty]
    public string Text { get; set; } = "";

    public ReportTemplateDetailDto Detail { get; private set; } = null!;

    public IReadOnlyList<ReportTemplateVersionDto> Versions { get; private set; } = [];

    public TemplateCheckDto? Check { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Text = Detail.Text;
        if (Version is { } v)
        {
            Text = (await templates.VersionAsync(Name, v, ct)).Text ?? Detail.FileText;
            StatusMessage = null;
            ViewData["Loaded"] = v;
        }
    }

    [RequirePermission(ReportingPermissions.ManageTemplates, "POST /api/reports/templates/{name}/check")]
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        var text = Text;
        await LoadAsync(ct);
        Text = text;
        return await RunAsync(async () =>
        {
            Check = await templates.CheckAsync(Name, Text, ct);
            return Page();
        });
    }

    [RequirePermission(ReportingPermissions.ManageTemplates, "PUT /api/reports/templates/{name}")]
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var text = Text;
        await LoadAsync(ct);
        Text = text;
        return await RunAsync(async () =>
        {
            await templates.SaveAsync(Name, Text, ct);
            StatusMessage = L["Templates:Saved"];
            return RedirectToPage(new { name = Name });
        }, null);
    }

    [RequirePermission(ReportingPermissions.ManageTemplates, "POST /api/reports/templates/{name}/revert")]
    public async Task<IActionResult> OnPostRevertAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Text = Detail.Text;
        return await RunAsync(async () =>
        {
            await templates.RevertAsync(Name, ct);
            StatusMessage = L["Templates:Reverted"];
            return RedirectToPage(new { name = Name });
        });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Detail = await templates.GetAsync(Name, ct);
        Versions = await templates.VersionsAsync(Name, ct);
    }
}
