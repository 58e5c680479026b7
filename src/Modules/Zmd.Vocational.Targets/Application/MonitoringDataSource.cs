using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Domain;
using Zmd.Vocational.Targets.Indicators;

namespace Zmd.Vocational.Targets.Application;

/// <summary>The current <see cref="MonitoringData"/>: one tiny query for the data stamp per request, and a rebuild from
/// the stored measures (a few thousand rows per year, never the rosters) only when the stamp moved. The data holds every
/// school's figures: the services that hand figures out apply the caller's school scope themselves.</summary>
internal sealed class MonitoringDataSource(
    DbContext db, MonitoringCache cache, ISchoolDirectory schools, IEnumerable<ICrossSchoolMeasureSource> acrossSources, MonitoringCatalog catalog,
    TimeProvider clock)
{
    /// <summary>The school register does not move the stamp (Institutions knows nothing of monitoring): a school added or
    /// closed shows in the dashboards at the next filing change, or after this long at most.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public async Task<MonitoringData> CurrentAsync(CancellationToken ct)
    {
        var stamp = await StampAsync(db, ct);
        if (IsCurrent(cache.Current, stamp) is { } current)
        {
            return current;
        }

        // A rebuild is under way: a request that comes meanwhile takes the snapshot before it (one rebuild behind at most)
        // instead of queueing. At the filing deadline writes arrive several a second, and with every reader waiting for
        // every rebuild the dashboards did nothing else (measured: 200 users, city overview p50 2.9 s). A request that
        // finds no rebuild running starts one and waits for it, so a write followed by a read still reads the write.
        if (cache.DuringRebuild(clock.GetUtcNow(), MaxAge) is { } previous)
        {
            return previous;
        }

        await cache.Lock.WaitAsync(ct);
        try
        {
            if (IsCurrent(cache.Current, stamp) is { } fresh)
            {
                return fresh;
            }

            var data = await LoadAsync(stamp, ct);
            cache.Current = data;
            cache.LoadedAt = clock.GetUtcNow();
            return data;
        }
        finally
        {
            cache.Lock.Release();
        }
    }

    private MonitoringData? IsCurrent(MonitoringData? data, Guid stamp) =>
        data is not null && data.Stamp == stamp && clock.GetUtcNow() - cache.LoadedAt < MaxAge ? data : null;

    public static async Task<Guid> StampAsync(DbContext db, CancellationToken ct) =>
        await db.Set<MonitoringDataStamp>().AsNoTracking().Where(s => s.Id == MonitoringDataStamp.SingletonId).Select(s => (Guid?)s.Stamp).FirstOrDefaultAsync(ct) ?? Guid.Empty;

    /// <summary>Marks monitoring's data as changed, in the caller's unit of work (saved with its other changes).</summary>
    public static async Task TouchAsync(DbContext db, CancellationToken ct)
    {
        var row = db.ChangeTracker.Entries<MonitoringDataStamp>().Select(e => e.Entity).FirstOrDefault()
            ?? await db.Set<MonitoringDataStamp>().FirstOrDefaultAsync(s => s.Id == MonitoringDataStamp.SingletonId, ct);
        if (row is null)
        {
            row = new MonitoringDataStamp();
            db.Add(row);
        }

        row.Stamp = Guid.CreateVersion7();
    }

    private async Task<MonitoringData> LoadAsync(Guid stamp, CancellationToken ct)
    {
        var places = (await schools.ListAllActiveAsync(ct))
            .Select(s => new PlaceSchool(s.Id, s.Code, s.Name, s.CountyCode, s.CountyName))
            .ToList();

        // Every school's rows on purpose (see the summary): the figures are totals, and access is checked on the way out.
        var schoolRows = await db.Set<SchoolMeasureValue>().IgnoreQueryFilters([QueryFilters.SchoolScope]).AsNoTracking()
            .Select(v => new { v.Year, v.SchoolId, v.Code, v.Value, v.State })
            .ToListAsync(ct);
        var cityRows = await (from v in db.Set<CityMeasureValue>().AsNoTracking()
                              join s in db.Set<CityDataSheet>().AsNoTracking() on v.SheetId equals s.Id
                              where v.Value != null
                              select new { v.Year, v.Code, Value = v.Value!.Value, s.State })
            .ToListAsync(ct);

        var years = new Dictionary<int, YearFigures>();
        foreach (var year in schoolRows.Select(r => r.Year).Concat(cityRows.Select(r => r.Year)).Distinct())
        {
            var bySchool = schoolRows.Where(r => r.Year == year)
                .GroupBy(r => r.SchoolId)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, StateValue>)g.ToDictionary(r => r.Code, r => new StateValue(r.Value, r.State), StringComparer.Ordinal));
            var city = cityRows.Where(r => r.Year == year).ToDictionary(r => r.Code, r => new CityValue(r.Value, r.State), StringComparer.Ordinal);
            var (across, provisional, covered) = await AcrossSchoolsAsync(year, bySchool, ct);
            years[year] = new YearFigures(bySchool, city, across, provisional, covered);
        }

        return new MonitoringData(stamp, places, years);
    }

    /// <summary>Non-additive measures per basis, over the schools whose filing of the measure's dataset counts for it.</summary>
    private async Task<(Dictionary<DataBasis, IReadOnlyDictionary<string, decimal>>, Dictionary<DataBasis, bool>, Dictionary<DataBasis, int>)> AcrossSchoolsAsync(
        int year, Dictionary<Guid, IReadOnlyDictionary<string, StateValue>> bySchool, CancellationToken ct)
    {
        var values = new Dictionary<DataBasis, IReadOnlyDictionary<string, decimal>>();
        var provisional = new Dictionary<DataBasis, bool>();
        var covered = new Dictionary<DataBasis, int>();
        foreach (var basis in Enum.GetValues<DataBasis>())
        {
            var merged = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var source in acrossSources)
            {
                var dataset = source.Measures[0].Dataset;
                var counted = bySchool
                    .Where(s => DatasetOfState(s.Value, dataset) is { } v && v.CountsFor(basis))
                    .Select(s => s.Key)
                    .ToList();
                provisional[basis] = provisional.GetValueOrDefault(basis)
                    || counted.Any(id => DatasetOfState(bySchool[id], dataset)!.Value.State != FilingState.Approved);
                covered[basis] = Math.Max(covered.GetValueOrDefault(basis), counted.Count);
                if (counted.Count > 0)
                {
                    foreach (var (code, value) in await source.ComputeAsync(year, counted, ct))
                    {
                        merged[code] = value;
                    }
                }
            }

            values[basis] = merged;
        }

        return (values, provisional, covered);
    }

    /// <summary>The school's stored value of any measure of the dataset: they share the filing's state.</summary>
    private StateValue? DatasetOfState(IReadOnlyDictionary<string, StateValue> school, string dataset)
    {
        foreach (var (code, value) in school)
        {
            if (catalog.DatasetOf(code) == dataset)
            {
                return value;
            }
        }

        return null;
    }
}

/// <summary>The process-wide cached data and the lock that makes one request rebuild it while the others wait.</summary>
internal sealed class MonitoringCache
{
    public MonitoringData? Current { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>The snapshot to serve while another request rebuilds (the lock is held), if it is not older than
    /// <paramref name="maxAge"/>; null when no rebuild is under way, so the caller rebuilds and waits.</summary>
    public MonitoringData? DuringRebuild(DateTimeOffset now, TimeSpan maxAge) =>
        Lock.CurrentCount == 0 && Current is { } previous && now - LoadedAt < maxAge ? previous : null;
}
