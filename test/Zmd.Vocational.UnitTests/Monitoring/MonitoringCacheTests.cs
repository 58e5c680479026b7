using Shouldly;
using Zmd.Vocational.Targets.Application;
using Zmd.Vocational.Targets.Indicators;

namespace Zmd.Vocational.UnitTests.Monitoring;

/// <summary>While one request rebuilds the dashboards' data, the others are served the snapshot before it — never one
/// older than the cache's age limit, and never when no rebuild is under way (then the caller rebuilds and waits, so a
/// write followed by a read reads the write).</summary>
public sealed class MonitoringCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_request_during_a_rebuild_gets_the_previous_snapshot()
    {
        var previous = new MonitoringData(Guid.NewGuid(), [], new Dictionary<int, YearFigures>());
        var cache = new MonitoringCache { Current = previous, LoadedAt = Now.AddSeconds(-2) };

        cache.DuringRebuild(Now, MaxAge).ShouldBeNull();
        await cache.Lock.WaitAsync();
        cache.DuringRebuild(Now, MaxAge).ShouldBeSameAs(previous);
        cache.Lock.Release();
        cache.DuringRebuild(Now, MaxAge).ShouldBeNull();
    }

    [Fact]
    public async Task Nothing_is_served_during_the_first_rebuild_or_from_a_snapshot_past_its_age()
    {
        var empty = new MonitoringCache();
        await empty.Lock.WaitAsync();
        empty.DuringRebuild(Now, MaxAge).ShouldBeNull();

        var old = new MonitoringCache { Current = new MonitoringData(Guid.NewGuid(), [], new Dictionary<int, YearFigures>()), LoadedAt = Now - MaxAge };
        await old.Lock.WaitAsync();
        old.DuringRebuild(Now, MaxAge).ShouldBeNull();
    }
}
