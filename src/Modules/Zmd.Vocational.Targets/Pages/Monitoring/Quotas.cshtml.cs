using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Pages.Monitoring;

/// <summary>Split a city target into county and school quotas. Empty boxes are no quota; the whole split is checked
/// (county quotas add up to the target, a county's school quotas to its quota) and stored at once, or not at all.</summary>
[Authorize(Policy = TargetsPermissions.ManageQuotas)]
public sealed class QuotasModel(ITargetRegister register, IQuotaService quotas, ISchoolDirectory schools, ICountyDirectory counties) : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public TargetDto Target { get; private set; } = null!;

    public IReadOnlyList<CountyDto> Counties { get; private set; } = [];

    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];

    [BindProperty]
    public Dictionary<string, string?> CountyQuotas { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> SchoolQuotas { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        foreach (var q in await quotas.ListAsync(Code, ct))
        {
            var target = q.Scope == MonitoringScope.County ? CountyQuotas : SchoolQuotas;
            target[q.Code] = q.Value.ToString("0.####", CultureInfo.InvariantCulture);
        }
    }

    [RequirePermission(TargetsPermissions.ManageQuotas, "PUT /api/targets/{code}/quotas")]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            var lines = Lines(CountyQuotas, (code, v) => new QuotaLineInput(code, null, v))
                .Concat(Lines(SchoolQuotas, (code, v) => new QuotaLineInput(null, code, v)))
                .ToList();
            await quotas.SaveAsync(Code, lines, ct);
            StatusMessage = L["Monitoring:QuotasSaved"];
            return RedirectToPage(new { code = Code });
        });
    }

    private static IEnumerable<QuotaLineInput> Lines(Dictionary<string, string?> boxes, Func<string, decimal, QuotaLineInput> line)
    {
        foreach (var (code, text) in boxes)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                ? line(code, value)
                : throw new BusinessException(CoreErrorCodes.InvalidValue, ErrorKind.Validation, new Dictionary<string, object?> { ["value"] = text }, code);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Target = await register.GetAsync(Code, ct);
        Counties = await counties.ListAsync(ct);
        Schools = await schools.ListAsync(new SchoolQuery(IncludeInactive: false), ct);
    }
}
