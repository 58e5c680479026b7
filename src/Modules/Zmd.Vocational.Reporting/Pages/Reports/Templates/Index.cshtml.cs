using Microsoft.AspNetCore.Authorization;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Pages.Reports.Templates;

/// <summary>The report templates: every file under templates/, whether an admin's override is in effect, who changed it.</summary>
[Authorize(Policy = ReportingPermissions.ManageTemplates)]
public sealed class IndexModel(IReportTemplateService templates) : ZmdPageModel
{
    public IReadOnlyList<ReportTemplateDto> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Templates = await templates.ListAsync(ct);
}
