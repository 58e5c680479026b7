using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.College.Domain;
using static Zmd.Vocational.College.Data.CollegeModelBuilderExtensions;

namespace Zmd.Vocational.College.Data;

/// <summary>The tables of the college's training output datasets. Each has a unique index as its file has (one row per
/// level, per enterprise–kind–major, per studio name) whose (SchoolId, Year) prefix serves the school's dataset: replace,
/// count, keys, measures, read in key order.</summary>
internal static class OutputModelBuilderExtensions
{
    // Lengths shared with the dataset definitions, so the template, the upload checks and the columns agree.
    internal const int CreditCodeLength = 18;
    internal const int EnterpriseNameLength = 200;
    internal const int MajorCodeLength = 16;
    internal const int StudioNameLength = 100;
    internal const int MasterLength = 50;
    internal const int FieldLength = 100;

    public static void ConfigureTrainingOutput(this ModelBuilder builder)
    {
        builder.Entity<TrainingOutputRecord>(b =>
        {
            b.ToTable(TablePrefix + "TrainingOutput");
            b.HasIndex(x => new { x.SchoolId, x.Year, x.Level }).IsUnique();
        });

        builder.Entity<InternshipRecord>(b =>
        {
            b.ToTable(TablePrefix + "Internships");
            b.Property(x => x.EnterpriseCreditCode).HasMaxLength(CreditCodeLength).IsRequired();
            b.Property(x => x.EnterpriseName).HasMaxLength(EnterpriseNameLength).IsRequired();
            b.Property(x => x.MajorCode).HasMaxLength(MajorCodeLength).IsRequired();
            b.HasIndex(x => new { x.SchoolId, x.Year, x.EnterpriseCreditCode, x.Kind, x.MajorCode }).IsUnique();
        });

        builder.Entity<StudioRecord>(b =>
        {
            b.ToTable(TablePrefix + "Studios");
            b.Property(x => x.Name).HasMaxLength(StudioNameLength).IsRequired();
            b.Property(x => x.Master).HasMaxLength(MasterLength).IsRequired();
            b.Property(x => x.Field).HasMaxLength(FieldLength).IsRequired();
            b.HasIndex(x => new { x.SchoolId, x.Year, x.Name }).IsUnique();
        });
    }
}
