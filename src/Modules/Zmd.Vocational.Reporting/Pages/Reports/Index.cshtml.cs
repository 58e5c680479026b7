using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Pages.Reports;

/// <summary>The reports: the editions the user may read for a school year, and the form to generate a draft (the bureau:
/// any report; a school's filer: their own school's report).</summary>
[Authorize(Policy = ReportingPermissions.View)]
public sealed class IndexModel(IReportEditions editions, IIndicatorService indicators, ISchoolDirectory schools, ICurrentUser user,
    IPermissionChecker permissions) : Zmd.Vocational.Core.Http.ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<EditionDto> Editions { get; private set; } = [];

    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];

    /// <summary>The reports the user may generate: all four for the bureau, the school report for a school's filer.</summary>
    public IReadOnlyList<string> Templates { get; private set; } = [];

    public bool CanGenerate { get; private set; }

    [BindProperty]
    public GenerateInput Generate { get; set; } = new() { Template = ReportTemplates.City };

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [RequirePermission(ReportingPermissions.Generate, "POST /api/reports")]
    public async Task<IActionResult> OnPostGenerateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            Generate.Year ??= SelectedYear;
            var edition = await editions.GenerateAsync(Generate, ct);
            StatusMessage = L["Reporting:Generated"];
            return RedirectToPage("Edition", new { id = edition.Id });
        }, nameof(Generate));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var (selected, years) = await indicators.ChooseAsync(Year, ct);
        (SelectedYear, Years) = (selected, years.Reverse().ToList());
        Editions = await editions.ListAsync(SelectedYear, null, ct);
        CanGenerate = await permissions.IsGrantedAsync(User, ReportingPermissions.Generate, ct);
        var bureau = user.SeesAllSchools();
        Templates = bureau ? ReportTemplates.All : [ReportTemplates.School];
        Schools = (await schools.ListAsync(new SchoolQuery(IncludeInactive: false), ct)).OrderBy(s => s.Type).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        if (!bureau)
        {
            Generate.Template = ReportTemplates.School;
        }
    }
}
