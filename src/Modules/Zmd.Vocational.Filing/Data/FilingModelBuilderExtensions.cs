using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Filing.Domain;

namespace Zmd.Vocational.Filing.Data;

/// <summary>The module's tables, prefixed "Fil".</summary>
public static class FilingModelBuilderExtensions
{
    public const string TablePrefix = "Fil";

    public static void ConfigureFiling(this ModelBuilder builder)
    {
        builder.Entity<FilingPeriod>(b =>
        {
            b.ToTable(TablePrefix + "Periods");
            b.Property(x => x.Title).HasMaxLength(128).IsRequired();
            b.HasIndex(x => x.Year).IsUnique();
        });

        builder.Entity<SchoolFiling>(b =>
        {
            b.ToTable(TablePrefix + "Filings");
            b.Property(x => x.DatasetCode).HasMaxLength(32).IsRequired();
            b.Property(x => x.UploadedBy).HasMaxLength(256);
            b.Property(x => x.SubmittedBy).HasMaxLength(256);
            b.Property(x => x.ReviewedBy).HasMaxLength(256);
            b.Property(x => x.ReviewComment).HasMaxLength(2000);
            b.HasIndex(x => new { x.SchoolId, x.Year, x.DatasetCode }).IsUnique();
            b.HasIndex(x => new { x.Year, x.State });
            b.Ignore(x => x.IsEditable);
        });

        builder.Entity<FilingEvent>(b =>
        {
            b.ToTable(TablePrefix + "Events");
            b.Property(x => x.UserName).HasMaxLength(256);
            b.Property(x => x.Comment).HasMaxLength(2000);
            b.Property(x => x.FileName).HasMaxLength(260);
            b.HasIndex(x => new { x.FilingId, x.At });
            b.HasIndex(x => x.SchoolId);
        });

        builder.Entity<CrossSchoolDuplicate>(b =>
        {
            b.ToTable(TablePrefix + "CrossSchoolDuplicates");
            b.Property(x => x.DatasetCode).HasMaxLength(32).IsRequired();
            b.Property(x => x.Value).HasMaxLength(64).IsRequired();
            b.Property(x => x.RowNumber).HasMaxLength(64).IsRequired();
            b.Property(x => x.RowName).HasMaxLength(128).IsRequired();
            b.Property(x => x.OtherRowNumber).HasMaxLength(64).IsRequired();
            b.Property(x => x.OtherRowName).HasMaxLength(128).IsRequired();
            b.Property(x => x.ResolvedBy).HasMaxLength(256);
            b.Property(x => x.ResolutionNote).HasMaxLength(NoteLength);

            // An upload reads the findings of its school as either side of the pair; the page lists a year's by status.
            b.HasIndex(x => new { x.SchoolId, x.Year });
            b.HasIndex(x => new { x.OtherSchoolId, x.Year });
            b.HasIndex(x => new { x.Year, x.Status });
        });

        builder.Entity<FlaggedUpload>(b =>
        {
            b.ToTable(TablePrefix + "FlaggedUploads");
            b.Property(x => x.UserName).HasMaxLength(256);
            b.Property(x => x.DatasetCode).HasMaxLength(32).IsRequired();
            b.HasIndex(x => new { x.Year, x.At });
        });
    }

    /// <summary>The longest resolution note of a cross-school duplicate.</summary>
    public const int NoteLength = 2000;
}
