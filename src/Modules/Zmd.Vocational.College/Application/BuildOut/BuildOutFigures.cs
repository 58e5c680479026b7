using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.College.Contracts.BuildOutMeasures;

namespace Zmd.Vocational.College.Application;

/// <summary>The build-out's figures for monitoring: per school year, the totals of the latest approved report of each
/// project (<see cref="BuildOutRecorder"/> pushes them when an approval changes them).</summary>
internal sealed class BuildOutFigures(DbContext db) : IMeasureSource
{
    private const string Square = "平方米";

    private static readonly MeasureDefinition[] Definitions =
    [
        new(M.FloorArea, M.Dataset, "技师学院累计完成建筑面积", "Technician college: floor area completed", Square),
        new(M.Places, M.Dataset, "技师学院累计新增办学容量", "Technician college: places delivered", "人"),
        new(M.Spent, M.Dataset, "技师学院建设累计完成投资", "Technician college: build-out spending", "万元"),
    ];

    public string Dataset => M.Dataset;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var end = BuildOutStanding.EndOf(scope.Year);
        var approved = await db.Set<ProgressReport>().AsNoTracking().IgnoreQueryFilters([QueryFilters.SchoolScope])
            .Where(r => r.SchoolId == scope.SchoolId && r.State == FilingState.Approved && r.AsOf <= end)
            .Select(r => new { r.ProjectId, r.AsOf, r.CreatedAt, r.FloorAreaCompleted, r.PlacesDelivered, r.Spent })
            .ToListAsync(ct);
        var latest = approved.GroupBy(r => r.ProjectId).Select(g => g.OrderByDescending(r => r.AsOf).ThenByDescending(r => r.CreatedAt).First()).ToList();
        return new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [M.FloorArea] = latest.Sum(r => r.FloorAreaCompleted),
            [M.Places] = latest.Sum(r => r.PlacesDelivered),
            [M.Spent] = latest.Sum(r => r.Spent),
        };
    }
}
