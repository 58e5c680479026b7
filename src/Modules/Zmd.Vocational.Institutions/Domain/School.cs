using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Domain;

/// <summary>A vocational school. A school row is owned by itself: a school user sees only their own.</summary>
internal sealed class School : AuditedEntity, IChangeAudited, ISoftDelete
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public SchoolType Type { get; set; }
    public Guid CountyId { get; set; }
    public County? County { get; set; }
    public SchoolOwnership Ownership { get; set; }
    public bool IsActive { get; set; } = true;
    public bool IsDeleted { get; set; }
    public DateTime? DeletedAt { get; set; }
    public string? DeletedBy { get; set; }
}
