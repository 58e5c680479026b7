using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Apprenticeship.Domain;

namespace Zmd.Vocational.Apprenticeship.Data;

/// <summary>The module's tables, all prefixed "App". Called by the composed DbContext.</summary>
public static class ApprenticeshipModelBuilderExtensions
{
    public const string TablePrefix = "App";

    // Lengths shared with the dataset definitions, so the template, the upload checks and the columns agree.
    internal const int CohortCodeLength = 32;
    internal const int CohortNameLength = 100;
    internal const int MajorCodeLength = 16;
    internal const int CreditCodeLength = 18;
    internal const int EnterpriseNameLength = 200;
    internal const int ProgramLength = 100;

    public static void ConfigureApprenticeship(this ModelBuilder builder)
    {
        builder.Entity<CohortRecord>(b =>
        {
            b.ToTable(TablePrefix + "Cohorts");
            b.Property(x => x.CohortCode).HasMaxLength(CohortCodeLength).IsRequired();
            b.Property(x => x.CohortName).HasMaxLength(CohortNameLength).IsRequired();
            b.Property(x => x.MajorCode).HasMaxLength(MajorCodeLength).IsRequired();
            b.Property(x => x.EnterpriseCreditCode).HasMaxLength(CreditCodeLength).IsRequired();
            b.Property(x => x.EnterpriseName).HasMaxLength(EnterpriseNameLength).IsRequired();

            // Unique as in the file. Its (SchoolId, Year) prefix serves the school's dataset: replace, count, keys (the
            // students' cohort-code reference), read in cohort-code order.
            b.HasIndex(x => new { x.SchoolId, x.Year, x.CohortCode }).IsUnique();
        });

        builder.Entity<PartnerEnterpriseRecord>(b =>
        {
            b.ToTable(TablePrefix + "PartnerEnterprises");
            b.Property(x => x.CreditCode).HasMaxLength(CreditCodeLength).IsRequired();
            b.Property(x => x.Name).HasMaxLength(EnterpriseNameLength).IsRequired();

            // Unique as in the file; its (SchoolId, Year) prefix serves the school's dataset.
            b.HasIndex(x => new { x.SchoolId, x.Year, x.CreditCode }).IsUnique();

            // The distinct enterprises of a year across schools (an enterprise several schools name counts once).
            b.HasIndex(x => new { x.Year, x.CreditCode });
        });

        builder.Entity<SocialTrainingRecord>(b =>
        {
            b.ToTable(TablePrefix + "SocialTraining");
            b.Property(x => x.Program).HasMaxLength(ProgramLength).IsRequired();

            // Unique as in the file; its (SchoolId, Year) prefix serves the school's dataset.
            b.HasIndex(x => new { x.SchoolId, x.Year, x.Program }).IsUnique();
        });
    }
}
