using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets;

/// <summary>The targets page belongs with the monitoring pages: it is what everything else is measured against.</summary>
internal sealed class TargetsMenu : IMenuContributor
{
    public IEnumerable<MenuItem> Items() =>
    [
        new(MenuGroups.Monitoring, "Menu:Targets", "/Targets", TargetsPermissions.View, 10),
    ];
}
