namespace Zmd.Vocational.Core.Security;

/// <summary>All permissions of all modules, collected from the registered providers.</summary>
public sealed class PermissionRegistry
{
    public PermissionRegistry(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        All = providers.SelectMany(p => p.Define()).ToList();
        var duplicate = All.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Permission '{duplicate.Key}' is defined twice.");
        }
    }

    public IReadOnlyList<PermissionDefinition> All { get; }

    public bool Exists(string name) => All.Any(p => p.Name == name);
}
