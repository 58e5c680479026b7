using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Targets.Domain;

/// <summary>One measure of one school and year, stored when the school's dataset is uploaded (and its State kept in step
/// with the filing's), so that every dashboard reads these few rows instead of the rosters. Derived data: rebuilt, never
/// edited, so not change-audited (the filing it comes from is).</summary>
internal sealed class SchoolMeasureValue : Entity, ISchoolOwned
{
    public Guid SchoolId { get; set; }
    public int Year { get; set; }
    public string Dataset { get; set; } = "";
    public string Code { get; set; } = "";
    public decimal Value { get; set; }

    /// <summary>The state of the filing the value comes from: which basis (approved / provisional) may use it.</summary>
    public FilingState State { get; set; }
}

/// <summary>A stamp changed by every write to monitoring's data (one row). Readers cache computed figures and rebuild
/// them when the stamp differs, so that a cached dashboard is never older than the last committed write, in this
/// process or any other (the CLI, a second server).</summary>
internal sealed class MonitoringDataStamp
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public Guid Stamp { get; set; }
}
