using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Certificates.Application;
using Zmd.Vocational.Certificates.Contracts;

namespace Zmd.Vocational.Certificates.Pages.Certificates;

/// <summary>The 1+X certificate catalogue, by code, retired certificates included (filings may name them).</summary>
[Authorize(Policy = CertificatesPermissions.CatalogView)]
public sealed class IndexModel(ICertificateCatalog catalog) : PageModel
{
    public IReadOnlyList<CertificateTypeDto> Certificates { get; private set; } = [];

    public int ActiveCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Certificates = await catalog.ListAsync(includeInactive: true, ct);
        ActiveCount = Certificates.Count(c => c.IsActive);
    }

    /// <summary>The localization keys of a certificate's levels, so they read 初级 or Junior by the user's language.</summary>
    public static IEnumerable<string> LevelKeys(CertificateTypeDto certificate) =>
        CertificateLevels.Parse(certificate.Levels).Select(level => "Certificates:Level." + level);
}
