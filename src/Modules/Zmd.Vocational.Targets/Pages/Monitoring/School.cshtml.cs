using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Monitoring;

/// <summary>A school's dashboard: its indicators against the national standards (failures highlighted), its quotas and
/// progress, its filings of the year, and the data-quality findings it may explain. A school user sees their own school.</summary>
[Authorize(Policy = TargetsPermissions.SchoolDashboard)]
public sealed class SchoolModel(
    IIndicatorService indicators, ITargetProgress progress, IDataQualityService quality, IFilingWorkflow filings, ISchoolDirectory schools,
    ICurrentUser user) : MonitoringPage
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public SchoolDto? School { get; private set; }

    public IReadOnlyList<SchoolDto> Choices { get; private set; } = [];

    public IReadOnlyList<IndicatorValueDto> Indicators { get; private set; } = [];

    public IReadOnlyList<SchoolQuotaDto> Quotas { get; private set; } = [];

    public IReadOnlyList<QualityFindingDto> Findings { get; private set; } = [];

    public IReadOnlyList<FilingDto> Filings { get; private set; } = [];

    [BindProperty]
    public string? Rule { get; set; }

    [BindProperty]
    public string? Explanation { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    [RequirePermission(TargetsPermissions.ExplainQuality, "POST /api/quality/explanations")]
    public async Task<IActionResult> OnPostExplainAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (School is null)
        {
            return NotFound();
        }

        return await RunAsync(async () =>
        {
            await quality.ExplainAsync(School.Code, SelectedYear, Rule ?? "", Explanation ?? "", ct);
            StatusMessage = L["Monitoring:ExplanationSaved"];
            return RedirectToPage(new { code = School.Code, year = SelectedYear });
        });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await ChooseYearAsync(ct);
        if (user.SeesAllSchools())
        {
            Choices = await schools.ListAsync(new SchoolQuery(IncludeInactive: false), ct);
        }

        var code = Code ?? (user.SchoolId is { } id ? (await schools.GetAsync(id, ct)).Code : (Choices.Count > 0 ? Choices[0].Code : null));
        School = code is null ? null : await schools.FindByCodeAsync(code, ct);
        if (School is null || !user.CanAccessSchool(School.Id))
        {
            School = null;
            return;
        }

        var forSchools = indicators.Definitions().Where(d => d.ForSchools).Select(d => d.Code).ToList();
        Indicators = await indicators.ValuesAsync(new IndicatorQuery(SelectedYear, MonitoringScope.School, School.Code, forSchools, Basis), ct);
        Quotas = await progress.SchoolQuotasAsync(School.Code, SelectedYear, Basis, ct);
        Findings = await quality.FindingsAsync(SelectedYear, School.Code, ct);
        Filings = await filings.ListAsync(SelectedYear, School.Code, null, ct);
    }
}
