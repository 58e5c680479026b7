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
    internal const int MeasureCodeLength = 64;
    internal const int CommentLength = 1000;

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

        builder.ConfigureMonitoring();
    }

    private static void ConfigureMonitoring(this ModelBuilder builder)
    {
        builder.Entity<SchoolMeasureValue>(b =>
        {
            b.ToTable(TablePrefix + "SchoolMeasures");
            b.Property(x => x.Dataset).HasMaxLength(CodeLength).IsRequired();
            b.Property(x => x.Code).HasMaxLength(MeasureCodeLength).IsRequired();
            b.Property(x => x.Value).HasPrecision(20, 4);
            b.HasIndex(x => new { x.SchoolId, x.Year, x.Code }).IsUnique();
            b.HasIndex(x => new { x.SchoolId, x.Year, x.Dataset });
        });
        builder.Entity<MonitoringDataStamp>(b =>
        {
            b.ToTable(TablePrefix + "DataStamp");
            b.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Entity<CityDataSheet>(b =>
        {
            b.ToTable(TablePrefix + "CitySheets");
            b.Property(x => x.ReviewComment).HasMaxLength(CommentLength);
            b.HasIndex(x => x.Year).IsUnique();
        });
        builder.Entity<CityMeasureValue>(b =>
        {
            b.ToTable(TablePrefix + "CityMeasures");
            b.Property(x => x.Code).HasMaxLength(MeasureCodeLength).IsRequired();
            b.Property(x => x.Value).HasPrecision(20, 4);
            b.Property(x => x.Note).HasMaxLength(CommentLength);
            b.HasIndex(x => new { x.Year, x.Code }).IsUnique();
        });
        builder.Entity<CityDataEvent>(b =>
        {
            b.ToTable(TablePrefix + "CitySheetEvents");
            b.Property(x => x.Comment).HasMaxLength(CommentLength);
            b.HasIndex(x => x.SheetId);
        });
        builder.Entity<TargetQuota>(b =>
        {
            b.ToTable(TablePrefix + "Quotas");
            b.Property(x => x.TargetCode).HasMaxLength(CodeLength).IsRequired();
            b.Property(x => x.CountyCode).HasMaxLength(CodeLength);
            b.Property(x => x.Value).HasPrecision(20, 4);
            b.HasIndex(x => x.TargetCode);
        });
        builder.Entity<MonitoringSettings>(b => b.ToTable(TablePrefix + "Settings"));
        builder.Entity<QualityExplanation>(b =>
        {
            b.ToTable(TablePrefix + "QualityExplanations");
            b.Property(x => x.Rule).HasMaxLength(MeasureCodeLength).IsRequired();
            b.Property(x => x.Text).HasMaxLength(CommentLength).IsRequired();
            b.HasIndex(x => new { x.SchoolId, x.Year, x.Rule }).IsUnique();
        });
    }
}
