using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Domain;
using Zmd.Vocational.Targets.Indicators;

namespace Zmd.Vocational.Targets.Application;

/// <summary>When a target can be split: it has a number, "at least" or "at most", and is tracked by a count that adds
/// up over schools (enrolment, not a ratio).</summary>
internal static class QuotaRules
{
    public static bool Allowed(TargetDto target, IndicatorDefinition indicator, MonitoringCatalog catalog) =>
        target.TargetValue is not null
        && target.Comparator != TargetComparator.Equal
        && indicator.IsAdditive
        && indicator.Numerator.Codes.All(c => catalog.LevelOf(c) == MeasureLevel.School);
}

internal sealed class QuotaService(DbContext db, ITargetRegister register, ISchoolDirectory schools, ICountyDirectory counties,
    MonitoringCatalog catalog) : IQuotaService
{
    public async Task<IReadOnlyList<QuotaDto>> ListAsync(string targetCode, CancellationToken ct = default)
    {
        var target = await register.GetAsync(targetCode, ct);
        var quotas = await db.Set<TargetQuota>().AsNoTracking().Where(q => q.TargetCode == target.Code).ToListAsync(ct);
        return await ToDtosAsync(target.Code, quotas, ct);
    }

    public async Task<IReadOnlyList<QuotaDto>> SaveAsync(string targetCode, IReadOnlyList<QuotaLineInput> lines, CancellationToken ct = default)
    {
        var target = await register.GetAsync(targetCode, ct);
        var tracking = catalog.Tracking[target.Code];
        if (!QuotaRules.Allowed(target, catalog.FindIndicator(tracking.IndicatorCode)!, catalog))
        {
            throw new BusinessException(TargetsErrorCodes.QuotaNotAdditive, ErrorKind.Validation, Args(("code", target.Code)));
        }

        var quotas = await CheckedAsync(target, lines, ct);
        db.RemoveRange(await db.Set<TargetQuota>().Where(q => q.TargetCode == target.Code).ToListAsync(ct));
        db.AddRange(quotas);
        await db.SaveChangesAsync(ct);
        return await ToDtosAsync(target.Code, quotas, ct);
    }

    /// <summary>Every line known, once, not negative; county quotas add up to the target; each county's school quotas
    /// add up to its quota (or, with no county quotas, all school quotas to the target).</summary>
    private async Task<List<TargetQuota>> CheckedAsync(TargetDto target, IReadOnlyList<QuotaLineInput> lines, CancellationToken ct)
    {
        var countyCodes = (await counties.ListAsync(ct)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var allSchools = (await schools.ListAsync(new SchoolQuery(), ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);
        var quotas = new List<TargetQuota>();
        var schoolCounty = new Dictionary<Guid, string>();
        foreach (var line in lines)
        {
            var county = line.CountyCode?.Trim();
            var school = line.SchoolCode?.Trim();
            if (string.IsNullOrEmpty(county) == string.IsNullOrEmpty(school)
                || (county is { Length: > 0 } && !countyCodes.Contains(county))
                || (school is { Length: > 0 } && !allSchools.ContainsKey(school)))
            {
                throw new BusinessException(TargetsErrorCodes.PlaceNotFound, ErrorKind.Validation, Args(("code", county ?? school)));
            }

            if (line.Value < 0)
            {
                throw new BusinessException(TargetsErrorCodes.QuotaNegative, ErrorKind.Validation, Args(("code", county ?? school)));
            }

            var quota = new TargetQuota { TargetCode = target.Code, Value = line.Value };
            if (school is { Length: > 0 })
            {
                quota.SchoolId = allSchools[school].Id;
                schoolCounty[quota.SchoolId.Value] = allSchools[school].CountyCode;
            }
            else
            {
                quota.CountyCode = county;
            }

            if (quotas.Any(q => q.SchoolId == quota.SchoolId && q.CountyCode == quota.CountyCode))
            {
                throw new BusinessException(TargetsErrorCodes.QuotaDuplicate, ErrorKind.Validation, Args(("code", county ?? school)));
            }

            quotas.Add(quota);
        }

        var countyQuotas = quotas.Where(q => q.CountyCode is not null).ToList();
        var schoolQuotas = quotas.Where(q => q.SchoolId is not null).ToList();
        var total = target.TargetValue!.Value;
        if (countyQuotas.Count > 0)
        {
            EnsureAddsUp(countyQuotas.Sum(q => q.Value), total, "city", target.Code);
            foreach (var inCounty in schoolQuotas.GroupBy(q => schoolCounty[q.SchoolId!.Value]))
            {
                var countyQuota = countyQuotas.FirstOrDefault(q => q.CountyCode == inCounty.Key)?.Value ?? 0m;
                EnsureAddsUp(inCounty.Sum(q => q.Value), countyQuota, inCounty.Key, target.Code);
            }
        }
        else if (schoolQuotas.Count > 0)
        {
            EnsureAddsUp(schoolQuotas.Sum(q => q.Value), total, "city", target.Code);
        }

        return quotas;
    }

    private static void EnsureAddsUp(decimal sum, decimal expected, string place, string target)
    {
        // Quotas are in the target's unit (e.g. 万人, four decimals): compare at that precision.
        if (Math.Round(sum, 4) != Math.Round(expected, 4))
        {
            throw new BusinessException(TargetsErrorCodes.QuotasDoNotAddUp, ErrorKind.Validation,
                Args(("sum", sum), ("expected", expected), ("place", place), ("code", target)));
        }
    }

    private async Task<IReadOnlyList<QuotaDto>> ToDtosAsync(string targetCode, IReadOnlyList<TargetQuota> quotas, CancellationToken ct)
    {
        var countyNames = (await counties.ListAsync(ct)).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var bySchool = (await schools.ListAsync(new SchoolQuery(), ct)).ToDictionary(s => s.Id);
        return quotas
            .Select(q => q.SchoolId is { } id && bySchool.TryGetValue(id, out var s)
                ? new QuotaDto(targetCode, MonitoringScope.School, s.Code, s.Name, s.CountyCode, q.Value)
                : new QuotaDto(targetCode, MonitoringScope.County, q.CountyCode!, countyNames.GetValueOrDefault(q.CountyCode!, q.CountyCode!), q.CountyCode, q.Value))
            .OrderBy(q => q.Scope).ThenBy(q => q.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] args) => args.ToDictionary(a => a.Name, a => a.Value);
}
