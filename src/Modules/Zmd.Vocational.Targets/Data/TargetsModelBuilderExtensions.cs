using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Targets.Domain;

namespace Zmd.Vocational.Targets.Data;

/// <summary>The module's tables, all prefixed "Tgt". Called by the composed DbContext.</summary>
public static class TargetsModelBuilderExtensions
{
    public const string TablePrefix = "Tgt";

    // Lengths shared with the seed contributor, which reports an over-long cell with its line.
    internal const int CodeLength = 32;
    internal const int NameLength = 256;
    internal const int UnitLength = 32;
    internal const int TextLength = 64;
    internal const int SectionLength = 64;
    internal const int NoteLength = 2000;

    public static void ConfigureTargets(this ModelBuilder builder)
    {
        builder.Entity<Target>(b =>
        {
            b.ToTable(TablePrefix + "Targets");
            b.Property(x => x.Code).HasMaxLength(CodeLength).IsRequired();
            b.Property(x => x.NameZh).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.NameEn).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.Unit).HasMaxLength(UnitLength).IsRequired();
            b.Property(x => x.BaselineValue).HasPrecision(18, 4);
            b.Property(x => x.BaselineText).HasMaxLength(TextLength);
            b.Property(x => x.TargetValue).HasPrecision(18, 4);
            b.Property(x => x.TargetText).HasMaxLength(TextLength);
            b.Property(x => x.Section).HasMaxLength(SectionLength).IsRequired();
            b.Property(x => x.ConflictGroup).HasMaxLength(CodeLength);
            b.Property(x => x.Note).HasMaxLength(NoteLength);
            b.HasIndex(x => x.Code).IsUnique();
            b.HasIndex(x => x.Sort);
        });
    }
}
