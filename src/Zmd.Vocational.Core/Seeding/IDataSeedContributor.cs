namespace Zmd.Vocational.Core.Seeding;

/// <summary>What a seeding run is asked to do.</summary>
public sealed record DataSeedContext(bool IncludeDemoData, string SeedsDirectory);

/// <summary>A module's seeding step (ABP's IDataSeedContributor). Must be idempotent: it runs on every start.
/// Order: lower runs first, so reference data exists before the data that points at it.</summary>
public interface IDataSeedContributor
{
    int Order { get; }
    Task SeedAsync(DataSeedContext context, CancellationToken ct);
}

/// <summary>Where the seeds/ folder was found at start-up.</summary>
public sealed record SeedsLocation(string Directory);
