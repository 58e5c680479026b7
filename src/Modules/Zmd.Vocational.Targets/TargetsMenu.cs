using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets;

/// <summary>The targets page belongs with the monitoring pages: it is what everything else is measured against.</summary>
internal sealed class TargetsMenu : IMenuContributor
{
    public IEnumerable<MenuItem> Items() =>
    [
        new(MenuGroups.Monitoring, "Menu:MonitoringOverview", "/Monitoring", TargetsPermissions.Monitor, 5),
        new(MenuGroups.Monitoring, "Menu:Targets", "/Targets", TargetsPermissions.View, 10),
        new(MenuGroups.Monitoring, "Menu:SchoolDashboard", "/Monitoring/School", TargetsPermissions.SchoolDashboard, 20),
        new(MenuGroups.Monitoring, "Menu:Quality", "/Monitoring/Quality", TargetsPermissions.Monitor, 30),
        new(MenuGroups.Monitoring, "Menu:CityData", "/Monitoring/CityData", TargetsPermissions.Monitor, 40),
        new(MenuGroups.Monitoring, "Menu:MonitoringSettings", "/Monitoring/Settings", TargetsPermissions.ManageSettings, 50),
    ];
}
