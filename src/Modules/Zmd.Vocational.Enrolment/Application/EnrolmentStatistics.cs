using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Enrolment.Domain;

namespace Zmd.Vocational.Enrolment.Application;

internal sealed class EnrolmentStatistics(DbContext db) : IEnrolmentStatistics
{
    public async Task<IReadOnlyList<EnrolmentCountDto>> CountByLevelAsync(int year, CancellationToken ct = default)
    {
        var groups = await db.Set<StudentRecord>()
            .AsNoTracking()
            .Where(s => s.Year == year && s.Status == StudentStatus.InSchool)
            .GroupBy(s => new { s.SchoolId, s.Level })
            .Select(g => new { g.Key.SchoolId, g.Key.Level, Count = g.Count() })
            .ToListAsync(ct);

        return groups
            .OrderBy(g => g.SchoolId)
            .ThenBy(g => g.Level)
            .Select(g => new EnrolmentCountDto(g.SchoolId, StudentDataset.Levels.Code(g.Level), g.Count))
            .ToList();
    }
}
