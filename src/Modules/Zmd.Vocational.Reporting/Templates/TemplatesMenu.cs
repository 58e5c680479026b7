using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>The template pages, with the other administration pages.</summary>
internal sealed class TemplatesMenu : IMenuContributor
{
    public IEnumerable<MenuItem> Items() =>
    [
        new(MenuGroups.Admin, "Menu:ReportTemplates", "/Reports/Templates", ReportingPermissions.ManageTemplates, 80),
    ];
}
