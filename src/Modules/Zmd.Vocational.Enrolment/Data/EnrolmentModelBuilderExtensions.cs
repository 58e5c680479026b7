using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Enrolment.Domain;

namespace Zmd.Vocational.Enrolment.Data;

/// <summary>The module's tables, all prefixed "Enr". Called by the composed DbContext.</summary>
public static class EnrolmentModelBuilderExtensions
{
    public const string TablePrefix = "Enr";

    // Lengths shared with the dataset definition, so the template, the upload checks and the columns agree.
    internal const int StudentNumberLength = 32;
    internal const int NameLength = 64;
    internal const int IdNumberLength = 18;
    internal const int MajorCodeLength = 16;
    internal const int CohortCodeLength = 32;
    internal const int MajorNameLength = 128;

    public static void ConfigureEnrolment(this ModelBuilder builder)
    {
        builder.Entity<StudentRecord>(b =>
        {
            b.ToTable(TablePrefix + "Students");
            b.Property(x => x.StudentNumber).HasMaxLength(StudentNumberLength).IsRequired();
            b.Property(x => x.Name).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.IdNumber).HasMaxLength(IdNumberLength).IsRequired();
            b.Property(x => x.MajorCode).HasMaxLength(MajorCodeLength).IsRequired();
            b.Property(x => x.CohortCode).HasMaxLength(CohortCodeLength);

            // Its (SchoolId, Year) prefix also serves the school's roster: replace, count, keys, read in student-number order.
            b.HasIndex(x => new { x.SchoolId, x.Year, x.StudentNumber }).IsUnique();

            // The cross-school duplicate check (a school's ID numbers looked up among other schools' of the year): the probe
            // of a number that nobody else filed ends in the index; only a hit reads its row. Year first also serves the
            // statistics of a year.
            b.HasIndex(x => new { x.Year, x.IdNumber, x.SchoolId });
        });

        builder.Entity<MajorOfferedRecord>(b =>
        {
            b.ToTable(TablePrefix + "MajorsOffered");
            b.Property(x => x.MajorCode).HasMaxLength(MajorCodeLength).IsRequired();
            b.Property(x => x.MajorName).HasMaxLength(MajorNameLength);

            // Unique as in the file (one row per major). Its (SchoolId, Year) prefix serves the school's dataset: replace,
            // count, keys, read in major-code order.
            b.HasIndex(x => new { x.SchoolId, x.Year, x.MajorCode }).IsUnique();
        });
    }
}
