namespace Zmd.Vocational.Core.Domain;

/// <summary>Who created and last changed a row, and when (UTC). Set by the auditing interceptor,
/// never by application code.</summary>
public interface IAuditedObject
{
    DateTime CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTime? ModifiedAt { get; set; }
    string? ModifiedBy { get; set; }
}

public abstract class AuditedEntity : Entity, IAuditedObject
{
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? ModifiedAt { get; set; }
    public string? ModifiedBy { get; set; }
}
