using Microsoft.EntityFrameworkCore;

namespace Zmd.Vocational.Benchmarks;

/// <summary>What the issue calls the naive EF Core loop: entities added to one context and saved every 1,000 rows.
/// The Enrolment module's entity is internal, so a mirror of it is mapped onto the same EnrStudents table.</summary>
internal static class NaiveEf
{
    public const int BatchSize = 1000;

    public static async Task<long> InsertAsync(bool postgres, string connectionString, IEnumerable<StudentRow> rows)
    {
        var options = new DbContextOptionsBuilder<MirrorContext>();
        _ = postgres ? options.UseNpgsql(connectionString) : options.UseSqlite(connectionString);
        await using var db = new MirrorContext(options.Options);
        long count = 0;
        foreach (var r in rows)
        {
            db.Add(new MirrorStudent
            {
                Id = r.Id, SchoolId = r.SchoolId, Year = r.Year, StudentNumber = r.StudentNumber, Name = r.Name, IdNumber = r.IdNumber,
                Gender = r.Gender, BirthDate = r.BirthDate, MajorCode = r.MajorCode, Level = r.Level, EntryYear = r.EntryYear,
                Status = r.Status, CohortCode = r.CohortCode,
            });
            if (++count % BatchSize == 0)
            {
                await db.SaveChangesAsync();
            }
        }

        await db.SaveChangesAsync();
        return count;
    }

    private sealed class MirrorContext(DbContextOptions<MirrorContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<MirrorStudent>().ToTable("EnrStudents").Property(s => s.Id).ValueGeneratedNever();
    }

    private sealed class MirrorStudent
    {
        public Guid Id { get; set; }
        public Guid SchoolId { get; set; }
        public int Year { get; set; }
        public string StudentNumber { get; set; } = "";
        public string Name { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public int Gender { get; set; }
        public DateOnly BirthDate { get; set; }
        public string MajorCode { get; set; } = "";
        public int Level { get; set; }
        public int EntryYear { get; set; }
        public int Status { get; set; }
        public string? CohortCode { get; set; }
    }
}
