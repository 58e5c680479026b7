using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Institutions.Domain;

namespace Zmd.Vocational.Institutions.Data;

/// <summary>The module's tables, all prefixed "Inst". Called by the composed DbContext.</summary>
public static class InstitutionsModelBuilderExtensions
{
    public const string TablePrefix = "Inst";

    public static void ConfigureInstitutions(this ModelBuilder builder)
    {
        builder.Entity<County>(b =>
        {
            b.ToTable(TablePrefix + "Counties");
            b.Property(x => x.Code).HasMaxLength(16).IsRequired();
            b.Property(x => x.Name).HasMaxLength(64).IsRequired();
            b.HasIndex(x => x.Code).IsUnique();
        });

        builder.Entity<School>(b =>
        {
            b.ToTable(TablePrefix + "Schools");
            b.Property(x => x.Code).HasMaxLength(32).IsRequired();
            b.Property(x => x.Name).HasMaxLength(128).IsRequired();
            b.HasIndex(x => x.Code).IsUnique();
            b.HasOne(x => x.County).WithMany().HasForeignKey(x => x.CountyId).OnDelete(DeleteBehavior.Restrict);
            b.IsSchoolOwnedBy(x => x.Id);
        });

        builder.Entity<Major>(b =>
        {
            b.ToTable(TablePrefix + "Majors");
            b.Property(x => x.Code).HasMaxLength(16).IsRequired();
            b.Property(x => x.Name).HasMaxLength(128).IsRequired();
            b.Property(x => x.Category).HasMaxLength(64).IsRequired();
            b.HasIndex(x => new { x.Level, x.Code }).IsUnique();
        });

        builder.Entity<Enterprise>(b =>
        {
            b.ToTable(TablePrefix + "Enterprises");
            b.Property(x => x.Name).HasMaxLength(200).IsRequired();
            b.Property(x => x.CreditCode).HasMaxLength(18).IsFixedLength(false).IsRequired();
            b.Property(x => x.Industry).HasMaxLength(64);
            b.HasIndex(x => x.CreditCode).IsUnique();
        });
    }
}
