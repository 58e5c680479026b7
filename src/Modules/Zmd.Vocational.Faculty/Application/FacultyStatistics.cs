using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Faculty.Contracts;
using Zmd.Vocational.Faculty.Domain;

namespace Zmd.Vocational.Faculty.Application;

internal sealed class FacultyStatistics(DbContext db) : IFacultyStatistics
{
    public async Task<IReadOnlyList<FacultyCountsDto>> CountsAsync(int year, CancellationToken ct = default)
    {
        // One grouped pass over the year's rows; each figure is a conditional sum, translated to SUM(CASE …) on both providers.
        var counts = await db.Set<TeacherRecord>()
            .AsNoTracking()
            .Where(t => t.Year == year)
            .GroupBy(t => t.SchoolId)
            .Select(g => new FacultyCountsDto(
                g.Key,
                g.Count(),
                g.Sum(t => t.Kind == TeacherKind.FullTime ? 1 : 0),
                g.Sum(t => t.Kind == TeacherKind.PartTime ? 1 : 0),
                g.Sum(t => t.Kind == TeacherKind.External ? 1 : 0),
                g.Sum(t => t.IsProfessional ? 1 : 0),
                g.Sum(t => t.Kind == TeacherKind.FullTime && t.IsProfessional ? 1 : 0),
                g.Sum(t => t.DualLevel == DualLevel.Junior ? 1 : 0),
                g.Sum(t => t.DualLevel == DualLevel.Intermediate ? 1 : 0),
                g.Sum(t => t.DualLevel == DualLevel.Senior ? 1 : 0),
                g.Sum(t => t.Kind == TeacherKind.FullTime && t.DualLevel != DualLevel.None ? 1 : 0),
                g.Sum(t => t.Title == ProfessionalTitle.Professor || t.Title == ProfessionalTitle.AssociateProfessor ? 1 : 0)))
            .ToListAsync(ct);

        return counts.OrderBy(c => c.SchoolId).ToList();
    }
}
