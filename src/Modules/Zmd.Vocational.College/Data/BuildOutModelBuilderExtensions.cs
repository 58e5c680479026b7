using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.College.Application;
using Zmd.Vocational.College.Domain;
using static Zmd.Vocational.College.Data.CollegeModelBuilderExtensions;

namespace Zmd.Vocational.College.Data;

/// <summary>The build-out's tables: projects, their progress reports, the reports' workflow events and attachments.</summary>
internal static class BuildOutModelBuilderExtensions
{
    private const int FileNameLength = 200;
    private const int ContentTypeLength = 100;
    private const int UserNameLength = 64;

    public static void ConfigureBuildOut(this ModelBuilder builder)
    {
        builder.Entity<BuildOutProject>(b =>
        {
            b.ToTable(TablePrefix + "Projects");
            b.Property(x => x.Name).HasMaxLength(BuildOutRules.NameLength).IsRequired();
            b.Property(x => x.Note).HasMaxLength(BuildOutRules.NoteLength);
            b.Property(x => x.PlannedFloorArea).HasPrecision(12, 2);
            b.Property(x => x.Budget).HasPrecision(14, 2);
            b.HasIndex(x => x.SchoolId);
        });

        builder.Entity<ProgressReport>(b =>
        {
            b.ToTable(TablePrefix + "ProgressReports");
            b.Property(x => x.Note).HasMaxLength(BuildOutRules.NoteLength);
            b.Property(x => x.ReviewComment).HasMaxLength(BuildOutRules.NoteLength);
            b.Property(x => x.FloorAreaCompleted).HasPrecision(12, 2);
            b.Property(x => x.Spent).HasPrecision(14, 2);
            b.HasOne<BuildOutProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.SchoolId, x.State, x.AsOf });
            b.HasIndex(x => x.ProjectId);
        });

        builder.Entity<ProgressReportEvent>(b =>
        {
            b.ToTable(TablePrefix + "ProgressReportEvents");
            b.Property(x => x.UserName).HasMaxLength(UserNameLength);
            b.Property(x => x.Comment).HasMaxLength(BuildOutRules.NoteLength);
            b.HasOne<ProgressReport>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => x.ReportId);
        });

        builder.Entity<ProgressAttachment>(b =>
        {
            b.ToTable(TablePrefix + "ProgressAttachments");
            b.Property(x => x.FileName).HasMaxLength(FileNameLength).IsRequired();
            b.Property(x => x.ContentType).HasMaxLength(ContentTypeLength).IsRequired();
            b.HasOne<ProgressReport>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => x.ReportId);
        });
    }
}
