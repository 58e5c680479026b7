namespace Zmd.Vocational.Core.Domain;

/// <summary>Rows that are never physically deleted: a delete marks them, and a global query filter hides them.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; set; }
    DateTime? DeletedAt { get; set; }
    string? DeletedBy { get; set; }
}
