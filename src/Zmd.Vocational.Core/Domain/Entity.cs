namespace Zmd.Vocational.Core.Domain;

/// <summary>Base of every stored entity: a GUID key so rows can be created anywhere (CLI, API, import)
/// and later sharded by school without key collisions.</summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
}
