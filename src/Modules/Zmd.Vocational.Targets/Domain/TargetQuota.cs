using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Targets.Domain;

/// <summary>A county's or a school's share of a city target, in the target's unit. Exactly one of CountyCode and
/// SchoolId is set. Replaced as a whole split (the quotas must add up), each change audited.</summary>
internal sealed class TargetQuota : AuditedEntity, IChangeAudited
{
    public string TargetCode { get; set; } = "";
    public string? CountyCode { get; set; }
    public Guid? SchoolId { get; set; }
    public decimal Value { get; set; }
}

/// <summary>The bureau's tolerances (one row; defaults until saved).</summary>
internal sealed class MonitoringSettings : AuditedEntity, IChangeAudited
{
    public const decimal DefaultOnTrack = 0.02m;
    public const decimal DefaultAtRisk = 0.10m;
    public const decimal DefaultJump = 0.30m;

    public decimal OnTrackTolerance { get; set; } = DefaultOnTrack;
    public decimal AtRiskTolerance { get; set; } = DefaultAtRisk;
    public decimal JumpShare { get; set; } = DefaultJump;
}

/// <summary>A school's explanation of a data-quality warning for a year (e.g. why enrolment jumped).</summary>
internal sealed class QualityExplanation : AuditedEntity, ISchoolOwned, IChangeAudited
{
    public Guid SchoolId { get; set; }
    public int Year { get; set; }
    public string Rule { get; set; } = "";
    public string Text { get; set; } = "";
}
