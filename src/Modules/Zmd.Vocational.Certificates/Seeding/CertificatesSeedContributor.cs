using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zmd.Vocational.Certificates.Application;
using Zmd.Vocational.Certificates.Domain;
using Zmd.Vocational.Core.Seeding;
using static Zmd.Vocational.Certificates.Data.CertificatesModelBuilderExtensions;

namespace Zmd.Vocational.Certificates.Seeding;

/// <summary>The 1+X certificate catalogue from seeds/certificates.csv. Idempotent: rows are matched by code and only the
/// missing ones are added, because the bureau keeps the catalogue in the app afterwards (a corrected organisation or a
/// retired certificate is the bureau's edit, which a restart must not undo). Runs after Institutions (10) and before
/// Targets (20).</summary>
internal sealed class CertificatesSeedContributor(DbContext db, ILogger<CertificatesSeedContributor> logger) : IDataSeedContributor
{
    public const string FileName = "certificates.csv";

    public int Order => 15;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        var known = (await db.Set<CertificateType>().Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = 0;
        foreach (var row in SeedCsvFile.Read(context.SeedsDirectory, FileName))
        {
            var certificate = Read(row);
            if (!seen.Add(certificate.Code))
            {
                throw new InvalidDataException($"{row.File} line {row.Line}: code '{certificate.Code}' appears twice.");
            }

            if (known.Contains(certificate.Code))
            {
                continue;
            }

            db.Add(certificate);
            added++;
        }

        await db.SaveChangesAsync(ct);
        if (added > 0)
        {
            logger.LogInformation("Seeded {Count} 1+X certificates.", added);
        }
    }

    private static CertificateType Read(SeedRow row)
    {
        var code = CertificateCodes.Normalize(Text(row, "code", CodeLength));
        if (!CertificateCodes.IsWellFormed(code))
        {
            throw new InvalidDataException($"{row.File} line {row.Line}: '{code}' is not a certificate code (letters, digits, '-', '.', '_').");
        }

        var levels = Text(row, "levels", LevelsLength);
        return new CertificateType
        {
            Code = code,
            Name = Text(row, "name", NameLength),
            Organization = row.Optional("organization") is { } organization ? Checked(row, "organization", organization, OrganizationLength) : null,
            Levels = CertificateLevels.Normalize(levels)
                ?? throw new InvalidDataException($"{row.File} line {row.Line}: '{levels}' is not a list of 初级, 中级, 高级 (levels)."),
            IsActive = true,
        };
    }

    private static string Text(SeedRow row, string column, int maxLength) => Checked(row, column, row.Required(column), maxLength);

    private static string Checked(SeedRow row, string column, string text, int maxLength) =>
        text.Length <= maxLength
            ? text
            : throw new InvalidDataException($"{row.File} line {row.Line}: column '{column}' is longer than {maxLength} characters.");
}
