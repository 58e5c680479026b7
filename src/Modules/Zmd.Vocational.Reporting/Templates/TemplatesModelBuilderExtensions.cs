using Microsoft.EntityFrameworkCore;
using static Zmd.Vocational.Reporting.Data.ReportingModelBuilderExtensions;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>The template overrides' table.</summary>
internal static class TemplatesModelBuilderExtensions
{
    public static void ConfigureTemplates(this ModelBuilder builder) =>
        builder.Entity<TemplateVersion>(b =>
        {
            b.ToTable(TablePrefix + "TemplateVersions");
            b.Property(x => x.Name).HasMaxLength(TemplateVersion.NameLength).IsRequired();
            b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
            b.Property(x => x.Text);
            b.HasIndex(x => new { x.Name, x.Version }).IsUnique();
        });
}
