using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Http;

namespace Zmd.Vocational.College;

/// <summary>The college dashboard, next to the monitoring pages. Other schools' users see the entry but are told the
/// page is for the technician college only.</summary>
internal sealed class CollegeMenu : IMenuContributor
{
    public IEnumerable<MenuItem> Items() =>
    [
        new(MenuGroups.Monitoring, "Menu:College", "/College", CollegePermissions.View, 60),
    ];
}
