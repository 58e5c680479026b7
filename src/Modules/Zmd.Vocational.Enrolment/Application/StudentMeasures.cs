using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.Enrolment.Contracts.EnrolmentMeasures;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>Students in school by level, and apprentices, of one school and year: one grouped pass over its roster.</summary>
internal sealed class StudentMeasures(DbContext db) : IMeasureSource
{
    private const string Dataset = EnrolmentDatasets.Students;
    private const string People = "人";

    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.Students, Dataset, "在校生", "Enrolled students", People),
        .. StudentDataset.Levels.Options.Select(o => new MeasureDefinition(M.OfLevel(o.Code), Dataset, "在校生（" + o.Label + "）",
            "Enrolled students (" + o.Code + ")", People)),
        new(M.Apprentices, Dataset, "现代学徒制学生", "Apprentices", People),
    ];

    string IMeasureSource.Dataset => Dataset;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var byLevel = await db.Set<StudentRecord>()
            .AsNoTracking()
            .Where(s => s.SchoolId == scope.SchoolId && s.Year == scope.Year && s.Status == StudentStatus.InSchool)
            .GroupBy(s => s.Level)
            .Select(g => new { Level = g.Key, Count = g.Count(), Apprentices = g.Sum(s => s.CohortCode != null ? 1 : 0) })
            .ToListAsync(ct);

        var values = new MeasureValues(Definitions)
            .Set(M.Students, byLevel.Sum(l => l.Count))
            .Set(M.Apprentices, byLevel.Sum(l => l.Apprentices));
        foreach (var level in byLevel)
        {
            values.Set(M.OfLevel(StudentDataset.Levels.Code(level.Level)), level.Count);
        }

        return values.ToDictionary();
    }
}
