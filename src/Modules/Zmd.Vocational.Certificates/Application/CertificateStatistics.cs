using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Certificates.Domain;

namespace Zmd.Vocational.Certificates.Application;

internal sealed class CertificateStatistics(DbContext db) : ICertificateStatistics
{
    public async Task<IReadOnlyList<CertificateCountsDto>> CountsAsync(int year, CancellationToken ct = default)
    {
        var pilots = await db.Set<CertificatePilotRecord>()
            .AsNoTracking()
            .Where(p => p.Year == year)
            .GroupBy(p => p.SchoolId)
            .Select(g => new { SchoolId = g.Key, Majors = g.Select(p => p.MajorCode).Distinct().Count() })
            .ToDictionaryAsync(g => g.SchoolId, g => g.Majors, ct);

        // One grouped pass: each figure is a filtered distinct count, COUNT(DISTINCT CASE WHEN … THEN StudentNumber END).
        var results = await db.Set<CertificateResultRecord>()
            .AsNoTracking()
            .Where(r => r.Year == year)
            .GroupBy(r => r.SchoolId)
            .Select(g => new
            {
                SchoolId = g.Key,
                Trained = g.Where(r => r.Trained).Select(r => r.StudentNumber).Distinct().Count(),
                Examined = g.Where(r => r.Examined).Select(r => r.StudentNumber).Distinct().Count(),
                Certified = g.Where(r => r.Passed).Select(r => r.StudentNumber).Distinct().Count(),
            })
            .ToDictionaryAsync(g => g.SchoolId, ct);

        return pilots.Keys.Union(results.Keys)
            .Order()
            .Select(school => results.TryGetValue(school, out var r)
                ? new CertificateCountsDto(school, pilots.GetValueOrDefault(school), r.Trained, r.Examined, r.Certified)
                : new CertificateCountsDto(school, pilots.GetValueOrDefault(school), 0, 0, 0))
            .ToList();
    }
}
