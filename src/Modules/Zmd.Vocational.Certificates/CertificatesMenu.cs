using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Core.Http;

namespace Zmd.Vocational.Certificates;

/// <summary>The catalogue is reference data the bureau keeps, like the major catalogue: it sits with Institutions' pages.</summary>
internal sealed class CertificatesMenu : IMenuContributor
{
    public IEnumerable<MenuItem> Items() =>
    [
        new(MenuGroups.Institutions, "Menu:Certificates", "/Certificates", CertificatesPermissions.CatalogView, 35),
    ];
}
