using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Core.Auditing;

public enum EntityChangeKind
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}

/// <summary>One audited change of one entity. Written by the auditing interceptor in the same transaction as the change.
/// Append-only (<see cref="IAppendOnly"/>).</summary>
public sealed class EntityChange : IAppendOnly
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime ChangedAt { get; set; }
    public string? UserName { get; set; }
    public Guid? UserId { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public EntityChangeKind Kind { get; set; }
    public List<PropertyChange> Properties { get; set; } = [];
}

public sealed class PropertyChange : IAppendOnly
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EntityChangeId { get; set; }
    public string PropertyName { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
