using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>Offers the active 1+X certificates of the catalogue as the code list "certificates" of Filing's datasets.</summary>
internal sealed class CertificateCodeListProvider(ICertificateCatalog catalog) : ICodeListProvider
{
    public string Name => CertificateCodeLists.Certificates;

    public Task<IReadOnlyList<CodeOption>> LoadAsync(CancellationToken ct) => catalog.CodeListAsync(ct);
}
