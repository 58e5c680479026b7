namespace Zmd.Vocational.Core.Auditing;

public sealed record EntityChangeDto(
    Guid Id, DateTime ChangedAt, string? UserName, string EntityType, string EntityId, EntityChangeKind Kind,
    IReadOnlyList<PropertyChangeDto> Properties);

public sealed record PropertyChangeDto(string PropertyName, string? OldValue, string? NewValue);

/// <summary>Reads the entity-change audit log (bureau staff only).</summary>
public interface IAuditLogReader
{
    Task<IReadOnlyList<EntityChangeDto>> GetChangesAsync(string? entityType, string? entityId, int take, CancellationToken ct = default);
}
