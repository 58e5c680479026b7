namespace Zmd.Vocational.Core.Security;

/// <summary>One permission: a constant name such as "Institutions.Schools.Edit", the localization key
/// of its display name, and the roles it is granted to by default (seeded into the grants table).</summary>
public sealed record PermissionDefinition(string Name, string Group, IReadOnlyList<string> DefaultRoles)
{
    public string DisplayKey => "Permission:" + Name;
}

/// <summary>Each module lists its permissions by implementing this (ABP's PermissionDefinitionProvider).</summary>
public interface IPermissionDefinitionProvider
{
    IEnumerable<PermissionDefinition> Define();
}
