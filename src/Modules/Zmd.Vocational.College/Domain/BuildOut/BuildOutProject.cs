using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.College.Domain;

/// <summary>One construction project of the college's build-out (专栏6 第03项: 60,000 m² of new buildings, 3,000 more
/// places): what was planned, and when it actually started and finished. Progress comes from its reports.</summary>
internal sealed class BuildOutProject : AuditedEntity, ISchoolOwned, IChangeAudited
{
    public Guid SchoolId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Planned floor area in m².</summary>
    public decimal PlannedFloorArea { get; set; }

    /// <summary>Student places the project adds when finished.</summary>
    public int PlannedPlaces { get; set; }

    /// <summary>Budget in 万元.</summary>
    public decimal Budget { get; set; }

    public DateOnly PlannedStart { get; set; }
    public DateOnly PlannedCompletion { get; set; }
    public DateOnly? ActualStart { get; set; }
    public DateOnly? ActualCompletion { get; set; }
    public string? Note { get; set; }
}
