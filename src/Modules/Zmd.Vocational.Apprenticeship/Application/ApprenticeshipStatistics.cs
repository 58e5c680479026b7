using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Domain;

namespace Zmd.Vocational.Apprenticeship.Application;

internal sealed class ApprenticeshipStatistics(DbContext db) : IApprenticeshipStatistics
{
    public async Task<IReadOnlyList<ApprenticeshipCountsDto>> CountsAsync(int year, CancellationToken ct = default)
    {
        // One grouped pass per table (each a few rows per school); conditional counts translate to SUM(CASE …).
        var cohorts = await db.Set<CohortRecord>()
            .AsNoTracking()
            .Where(c => c.Year == year)
            .GroupBy(c => c.SchoolId)
            .Select(g => new { SchoolId = g.Key, Count = g.Count(), Signed = g.Sum(c => c.AgreementSigned ? 1 : 0) })
            .ToDictionaryAsync(g => g.SchoolId, ct);

        var partners = await db.Set<PartnerEnterpriseRecord>()
            .AsNoTracking()
            .Where(e => e.Year == year)
            .GroupBy(e => e.SchoolId)
            .Select(g => new { SchoolId = g.Key, Count = g.Count(), Above = g.Sum(e => e.AboveDesignatedSize ? 1 : 0) })
            .ToDictionaryAsync(g => g.SchoolId, ct);

        var training = await db.Set<SocialTrainingRecord>()
            .AsNoTracking()
            .Where(t => t.Year == year)
            .GroupBy(t => t.SchoolId)
            .Select(g => new { SchoolId = g.Key, PersonTimes = g.Sum(t => (long)t.PersonTimes) })
            .ToDictionaryAsync(g => g.SchoolId, g => g.PersonTimes, ct);

        return cohorts.Keys.Union(partners.Keys).Union(training.Keys)
            .Order()
            .Select(school => new ApprenticeshipCountsDto(
                school,
                cohorts.TryGetValue(school, out var c) ? c.Count : 0,
                c?.Signed ?? 0,
                partners.TryGetValue(school, out var p) ? p.Count : 0,
                p?.Above ?? 0,
                training.GetValueOrDefault(school)))
            .ToList();
    }

    public async Task<PartnerEnterpriseTotalsDto> PartnerEnterpriseTotalsAsync(int year, CancellationToken ct = default)
    {
        var ofYear = db.Set<PartnerEnterpriseRecord>().AsNoTracking().Where(e => e.Year == year);
        var enterprises = await ofYear.Select(e => e.CreditCode).Distinct().CountAsync(ct);
        var above = await ofYear.Where(e => e.AboveDesignatedSize).Select(e => e.CreditCode).Distinct().CountAsync(ct);
        return new PartnerEnterpriseTotalsDto(year, enterprises, above);
    }
}
