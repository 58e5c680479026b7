using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Domain;

/// <summary>A target of the plan, from seeds/targets.csv. Change-audited: a corrected number in the seed file
/// shows up in the audit log with its old value.</summary>
internal sealed class Target : AuditedEntity, IChangeAudited
{
    public string Code { get; set; } = "";

    /// <summary>Row order in the seed file, which follows the plan; lists are sorted by it.</summary>
    public int Sort { get; set; }

    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Unit { get; set; } = "";
    public int? BaselineYear { get; set; }
    public decimal? BaselineValue { get; set; }
    public string? BaselineText { get; set; }
    public int TargetYear { get; set; }
    public decimal? TargetValue { get; set; }
    public string? TargetText { get; set; }
    public TargetComparator Comparator { get; set; }
    public TargetKind Kind { get; set; }
    public string Section { get; set; } = "";
    public string? ConflictGroup { get; set; }
    public string? Note { get; set; }
}
