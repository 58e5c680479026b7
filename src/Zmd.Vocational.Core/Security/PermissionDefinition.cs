namespace Zmd.Vocational.Core.Security;

/// <summary>One permission: a constant name such as "Institutions.Schools.Edit", the localization key
/// of its display name, and the roles it is granted to by default (seeded into the grants table).
/// <paramref name="SchoolFilingWork"/> marks the writes a school's own system pushes (uploads, submissions, the
/// college's progress reports): an API token of scope <c>file</c> may use these and no other write.</summary>
public sealed record PermissionDefinition(string Name, string Group, IReadOnlyList<string> DefaultRoles, bool SchoolFilingWork = false)
{
    public string DisplayKey => "Permission:" + Name;
}

/// <summary>Each module lists its permissions by implementing this (ABP's PermissionDefinitionProvider).</summary>
public interface IPermissionDefinitionProvider
{
    IEnumerable<PermissionDefinition> Define();
}
