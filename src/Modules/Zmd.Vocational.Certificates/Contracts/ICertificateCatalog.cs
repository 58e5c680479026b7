using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Certificates.Contracts;

/// <summary>A 1+X certificate (职业技能等级证书) of the catalogue.</summary>
/// <param name="Code">The bureau's code of the certificate, e.g. "X-WEB" (upper case).</param>
/// <param name="Name">e.g. "Web前端开发".</param>
/// <param name="Organization">The training-and-evaluation organisation (培训评价组织) that awards it, when known.</param>
/// <param name="Levels">The levels it has, of 初级, 中级 and 高级, in that order, comma-separated: "初级,中级,高级".</param>
/// <param name="IsActive">Retired certificates stay in the catalogue (filings name them) but cannot be filed anew.</param>
public sealed record CertificateTypeDto(
    Guid Id, string Code, string Name, string? Organization, string Levels, bool IsActive, DateTime CreatedAt, DateTime? ModifiedAt);

/// <summary>Create or update a certificate, matched by code. Strings so that a bad value is reported, not dropped by binding.</summary>
public sealed class CertificateTypeInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Organization { get; set; }

    /// <summary>Any of 初级, 中级, 高级 separated by commas or 、 (the codes Junior, Intermediate, Senior are read too);
    /// empty means all three.</summary>
    public string? Levels { get; set; }

    public bool IsActive { get; set; } = true;
}

/// <summary>The 1+X certificate catalogue, kept by the bureau. Seeded from seeds/certificates.csv; every change is audited.</summary>
public interface ICertificateCatalog
{
    /// <summary>Ordered by code.</summary>
    Task<IReadOnlyList<CertificateTypeDto>> ListAsync(bool includeInactive = true, CancellationToken ct = default);

    Task<CertificateTypeDto?> FindByCodeAsync(string code, CancellationToken ct = default);

    /// <summary>Creates the certificate, or updates the one with the same code. Throws a validation business error for a
    /// missing code or name (Core:Required), an over-long value (Core:TooLong), a malformed code or levels.</summary>
    Task<CertificateTypeDto> SaveAsync(CertificateTypeInput input, CancellationToken ct = default);

    /// <summary>The active certificates as the options of the <see cref="CertificateCodeLists.Certificates"/> code list
    /// (code and name), for Filing's templates and upload checks.</summary>
    Task<IReadOnlyList<CodeOption>> CodeListAsync(CancellationToken ct = default);
}
