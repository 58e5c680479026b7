using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Certificates.Domain;

namespace Zmd.Vocational.Certificates.Data;

/// <summary>The module's tables, all prefixed "Cert". Called by the composed DbContext.</summary>
public static class CertificatesModelBuilderExtensions
{
    public const string TablePrefix = "Cert";

    // Lengths shared with the dataset definitions, the catalogue's checks and the seed contributor.
    internal const int CodeLength = 32;
    internal const int NameLength = 100;
    internal const int OrganizationLength = 200;
    internal const int LevelsLength = 32;
    internal const int MajorCodeLength = 16;
    internal const int StudentNumberLength = 32;
    internal const int IdNumberLength = 18;
    internal const int CertificateNumberLength = 64;

    public static void ConfigureCertificates(this ModelBuilder builder)
    {
        builder.Entity<CertificateType>(b =>
        {
            b.ToTable(TablePrefix + "CertificateTypes");
            b.Property(x => x.Code).HasMaxLength(CodeLength).IsRequired();
            b.Property(x => x.Name).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.Organization).HasMaxLength(OrganizationLength);
            b.Property(x => x.Levels).HasMaxLength(LevelsLength).IsRequired();
            b.HasIndex(x => x.Code).IsUnique();
        });

        builder.Entity<CertificatePilotRecord>(b =>
        {
            b.ToTable(TablePrefix + "Pilots");
            b.Property(x => x.MajorCode).HasMaxLength(MajorCodeLength).IsRequired();
            b.Property(x => x.CertificateCode).HasMaxLength(CodeLength).IsRequired();

            // Serves the school's dataset (replace, count, keys, read in major order). Not unique: a repeated
            // (major, certificate, level) cannot be refused by the upload's per-column checks, and a unique index would
            // turn such a file into a failed insert instead of a row error.
            b.HasIndex(x => new { x.SchoolId, x.Year, x.MajorCode, x.CertificateCode });
        });

        builder.Entity<CertificateResultRecord>(b =>
        {
            b.ToTable(TablePrefix + "Results");
            b.Property(x => x.StudentNumber).HasMaxLength(StudentNumberLength).IsRequired();
            b.Property(x => x.IdNumber).HasMaxLength(IdNumberLength).IsRequired();
            b.Property(x => x.CertificateCode).HasMaxLength(CodeLength).IsRequired();
            b.Property(x => x.CertificateNumber).HasMaxLength(CertificateNumberLength);

            // Serves the school's dataset (replace, count, keys, read in student-number order). Not unique: a student may
            // hold several certificates.
            b.HasIndex(x => new { x.SchoolId, x.Year, x.StudentNumber });

            // A year's figures across schools, and a certificate's results city-wide (how many took X-WEB this year).
            b.HasIndex(x => new { x.Year, x.CertificateCode });
        });
    }
}
