using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Reporting.Domain;
using static Zmd.Vocational.Reporting.Data.ReportingModelBuilderExtensions;

namespace Zmd.Vocational.Reporting.Data;

/// <summary>Report editions (RepEditions, with their narrative) and their stored output (RepEditionContents).</summary>
internal static class EditionModelBuilderExtensions
{
    private const int UserNameLength = 64;
    private const int HashLength = 64;

    public static void ConfigureEditions(this ModelBuilder builder)
    {
        builder.Entity<ReportEdition>(b =>
        {
            b.ToTable(TablePrefix + "Editions");
            b.Property(x => x.Scope).HasMaxLength(ReportEdition.ScopeLength).IsRequired();
            b.Property(x => x.Title).HasMaxLength(200).IsRequired();
            b.Property(x => x.Foreword).HasMaxLength(ReportEdition.NarrativeLength);
            b.Property(x => x.Cases).HasMaxLength(ReportEdition.NarrativeLength);
            b.Property(x => x.Problems).HasMaxLength(ReportEdition.NarrativeLength);
            b.Property(x => x.Measures).HasMaxLength(ReportEdition.NarrativeLength);
            b.Property(x => x.GeneratedBy).HasMaxLength(UserNameLength);
            b.Property(x => x.PublishedBy).HasMaxLength(UserNameLength);
            b.Property(x => x.TemplateVersions).HasMaxLength(4000).IsRequired();
            b.Property(x => x.HtmlSha256).HasMaxLength(HashLength);
            b.Property(x => x.MarkdownSha256).HasMaxLength(HashLength);
            b.Property(x => x.SnapshotSha256).HasMaxLength(HashLength);
            b.HasIndex(x => new { x.Kind, x.Year, x.Scope, x.Version }).IsUnique();
            b.HasIndex(x => x.SchoolId);
        });

        builder.Entity<ReportEditionContent>(b =>
        {
            b.ToTable(TablePrefix + "EditionContents");
            b.Property(x => x.Snapshot).IsRequired();
            b.HasOne<ReportEdition>().WithOne().HasForeignKey<ReportEditionContent>(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => x.EditionId).IsUnique();
        });
    }
}
