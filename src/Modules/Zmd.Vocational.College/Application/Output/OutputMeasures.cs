using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.College.Contracts.CollegeMeasures;

namespace Zmd.Vocational.College.Application;

/// <summary>The college's output of one year: totals and per-level graduates and certifications, new skilled workers,
/// social training and assessments, in one grouped pass over its (at most four) rows.</summary>
internal sealed class OutputMeasures(DbContext db) : IMeasureSource
{
    private const string Dataset = CollegeDatasets.Output;
    private const string People = "人";
    private const string PersonTimes = "人次";

    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.Graduates, Dataset, "技师学院毕业生", "Technician college graduates", People),
        .. OutputDataset.Levels.Options.Select(o => new MeasureDefinition(M.GraduatesOf(o.Code), Dataset, "技师学院毕业生（" + o.Label + "）",
            "Technician college graduates (" + o.Code + ")", People)),
        new(M.Certified, Dataset, "技师学院取得技能等级证书人数", "Certified through the technician college", People),
        .. OutputDataset.Levels.Options.Select(o => new MeasureDefinition(M.CertifiedOf(o.Code), Dataset, "技师学院取得技能等级证书人数（" + o.Label + "）",
            "Certified through the technician college (" + o.Code + ")", People)),
        new(M.NewSkilled, Dataset, "技师学院新增中级工以上技能人才", "New intermediate-or-above skilled workers (technician college)", People),
        new(M.SocialTraining, Dataset, "技师学院社会培训人次", "Technician college social training person-times", PersonTimes),
        new(M.Assessments, Dataset, "技师学院技能评价人次", "Technician college skill assessments", PersonTimes),
    ];

    string IMeasureSource.Dataset => Dataset;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    /// <summary>新增中级工以上技能人才 counts the certifications at 中级工 and above: every level of the output (see
    /// <see cref="CollegeMeasures.NewSkilled"/>).</summary>
    public static bool IsIntermediateOrAbove(SkillLevel level) => level >= SkillLevel.Intermediate;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var byLevel = await db.Set<TrainingOutputRecord>()
            .AsNoTracking()
            .Where(o => o.SchoolId == scope.SchoolId && o.Year == scope.Year)
            .GroupBy(o => o.Level)
            .Select(g => new
            {
                Level = g.Key,
                Graduates = g.Sum(o => (long)o.Graduates),
                Certified = g.Sum(o => (long)o.Certified),
                SocialTraining = g.Sum(o => (long)o.SocialTraining),
                Assessments = g.Sum(o => (long)o.Assessments),
            })
            .ToListAsync(ct);

        var values = new MeasureValues(Definitions)
            .Set(M.Graduates, byLevel.Sum(l => l.Graduates))
            .Set(M.Certified, byLevel.Sum(l => l.Certified))
            .Set(M.NewSkilled, byLevel.Where(l => IsIntermediateOrAbove(l.Level)).Sum(l => l.Certified))
            .Set(M.SocialTraining, byLevel.Sum(l => l.SocialTraining))
            .Set(M.Assessments, byLevel.Sum(l => l.Assessments));
        foreach (var level in byLevel)
        {
            var code = OutputDataset.Levels.Code(level.Level);
            values.Set(M.GraduatesOf(code), level.Graduates).Set(M.CertifiedOf(code), level.Certified);
        }

        return values.ToDictionary();
    }
}
