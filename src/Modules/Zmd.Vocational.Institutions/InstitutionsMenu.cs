using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions;

internal sealed class InstitutionsMenu : IMenuContributor
{
    public IEnumerable<MenuItem> Items() =>
    [
        new(MenuGroups.Institutions, "Menu:Schools", "/Schools", InstitutionsPermissions.SchoolsView, 10),
        new(MenuGroups.Institutions, "Menu:Enterprises", "/Enterprises", InstitutionsPermissions.EnterprisesView, 20),
        new(MenuGroups.Institutions, "Menu:Majors", "/Majors", InstitutionsPermissions.MajorsView, 30),
        new(MenuGroups.Institutions, "Menu:Counties", "/Counties", InstitutionsPermissions.CountiesView, 40),
    ];
}
