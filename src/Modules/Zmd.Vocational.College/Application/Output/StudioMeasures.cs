using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.College.Contracts.CollegeMeasures;

namespace Zmd.Vocational.College.Application;

/// <summary>The college's master's studios of one year, in all and per level, in one grouped pass.</summary>
internal sealed class StudioMeasures(DbContext db) : IMeasureSource
{
    private const string Dataset = CollegeDatasets.Studios;
    private const string Unit = "个";

    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.Studios, Dataset, "技师学院技能大师工作室", "Technician college master's studios", Unit),
        .. StudioDataset.Levels.Options.Select(o => new MeasureDefinition(M.StudiosOf(o.Code), Dataset, "技师学院技能大师工作室（" + o.Label + "）",
            "Technician college master's studios (" + o.Code + ")", Unit)),
    ];

    string IMeasureSource.Dataset => Dataset;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var byLevel = await db.Set<StudioRecord>()
            .AsNoTracking()
            .Where(s => s.SchoolId == scope.SchoolId && s.Year == scope.Year)
            .GroupBy(s => s.Level)
            .Select(g => new { Level = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        var values = new MeasureValues(Definitions).Set(M.Studios, byLevel.Sum(l => l.Count));
        foreach (var level in byLevel)
        {
            values.Set(M.StudiosOf(StudioDataset.Levels.Code(level.Level)), level.Count);
        }

        return values.ToDictionary();
    }
}
