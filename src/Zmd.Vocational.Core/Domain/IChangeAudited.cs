namespace Zmd.Vocational.Core.Domain;

/// <summary>Marker: every property change of this entity (who, when, old, new) goes to the entity-change audit log.</summary>
public interface IChangeAudited;
