using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Faculty.Domain;

namespace Zmd.Vocational.Faculty.Data;

/// <summary>The module's tables, all prefixed "Fac". Called by the composed DbContext.</summary>
public static class FacultyModelBuilderExtensions
{
    public const string TablePrefix = "Fac";

    // Lengths shared with the dataset definition, so the template, the upload checks and the columns agree.
    internal const int StaffNumberLength = 32;
    internal const int NameLength = 64;
    internal const int IdNumberLength = 18;

    public static void ConfigureFaculty(this ModelBuilder builder)
    {
        builder.Entity<TeacherRecord>(b =>
        {
            b.ToTable(TablePrefix + "Teachers");
            b.Property(x => x.StaffNumber).HasMaxLength(StaffNumberLength).IsRequired();
            b.Property(x => x.Name).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.IdNumber).HasMaxLength(IdNumberLength).IsRequired();

            // Its (SchoolId, Year) prefix also serves the school's roster: replace, count, keys, read in staff-number order.
            b.HasIndex(x => new { x.SchoolId, x.Year, x.StaffNumber }).IsUnique();

            // The statistics of a year across schools, and a teacher's rows across schools (a full-time teacher counted by
            // two schools) should such a check be wanted: the roster has no cross-school uniqueness today, since a
            // teacher may teach part-time elsewhere.
            b.HasIndex(x => new { x.Year, x.IdNumber });
        });
    }
}
