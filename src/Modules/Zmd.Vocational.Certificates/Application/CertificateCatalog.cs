using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Certificates.Domain;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Certificates.Data.CertificatesModelBuilderExtensions;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>The catalogue: a few dozen rows, read whole. Writes are tracked, so the auditing interceptor records who
/// changed what.</summary>
internal sealed class CertificateCatalog(DbContext db) : ICertificateCatalog
{
    private IQueryable<CertificateType> Certificates => db.Set<CertificateType>().AsNoTracking();

    public async Task<IReadOnlyList<CertificateTypeDto>> ListAsync(bool includeInactive = true, CancellationToken ct = default)
    {
        var query = includeInactive ? Certificates : Certificates.Where(c => c.IsActive);
        return await query.OrderBy(c => c.Code).ProjectToDto().ToListAsync(ct);
    }

    public async Task<CertificateTypeDto?> FindByCodeAsync(string code, CancellationToken ct = default)
    {
        var wanted = CertificateCodes.Normalize(code);
        return await Certificates.Where(c => c.Code == wanted).ProjectToDto().FirstOrDefaultAsync(ct);
    }

    public async Task<CertificateTypeDto> SaveAsync(CertificateTypeInput input, CancellationToken ct = default)
    {
        var code = CertificateCodes.Normalize(Guard.Required(input.Code, "Code", CodeLength));
        if (!CertificateCodes.IsWellFormed(code))
        {
            throw new BusinessException(CertificatesErrorCodes.InvalidCode, ErrorKind.Validation,
                new Dictionary<string, object?> { ["code"] = code }, "Code");
        }

        var name = Guard.Required(input.Name, "Name", NameLength);
        var organization = Guard.Optional(input.Organization, "Organization", OrganizationLength);
        var levels = Guard.Optional(input.Levels, "Levels", LevelsLength) is { } text
            ? CertificateLevels.Normalize(text) ?? throw new BusinessException(CertificatesErrorCodes.InvalidLevels, ErrorKind.Validation,
                new Dictionary<string, object?> { ["levels"] = text }, "Levels")
            : CertificateLevels.All;

        var certificate = await db.Set<CertificateType>().FirstOrDefaultAsync(c => c.Code == code, ct);
        if (certificate is null)
        {
            certificate = new CertificateType { Code = code };
            db.Add(certificate);
        }

        certificate.Name = name;
        certificate.Organization = organization;
        certificate.Levels = levels;
        certificate.IsActive = input.IsActive;
        await db.SaveChangesAsync(ct);
        return await FindByCodeAsync(code, ct) ?? throw new InvalidOperationException($"Certificate {code} vanished after saving.");
    }

    public async Task<IReadOnlyList<CodeOption>> CodeListAsync(CancellationToken ct = default) =>
        await Certificates.Where(c => c.IsActive).OrderBy(c => c.Code).Select(c => new CodeOption(c.Code, c.Name)).ToListAsync(ct);
}
