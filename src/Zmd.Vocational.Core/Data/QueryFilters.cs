namespace Zmd.Vocational.Core.Data;

/// <summary>Names of the global query filters of the composed DbContext, for the rare query that must lift exactly one
/// of them (e.g. the cross-school duplicate check ignores the school scope, never soft delete).</summary>
public static class QueryFilters
{
    public const string SoftDelete = "SoftDelete";
    public const string SchoolScope = "SchoolScope";
}
