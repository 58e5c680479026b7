using System.Globalization;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>A generated student, as the roster generator wrote them: student number and resident ID number.</summary>
internal readonly record struct DemoStudent(string StudentNumber, string IdNumber);

/// <summary>The students of a generated roster, recomputed from their serials, so that generated certificate results name
/// students who are on the school's roster (Filing checks every student number against it).
/// Mirrors Enrolment's StudentDemoRows (its salt, its level profiles and the order in which it draws the level, the grade
/// and the age of row <c>i</c>, and its student number "entry year + (i + 1) in 6 digits"): change both together. It
/// holds for a roster generated with the same <see cref="DemoScope"/> (school type, year and SerialStart) and fewer than
/// 1,000,000 rows (a larger roster widens the number).</summary>
internal sealed class DemoStudents(DemoScope scope)
{
    private const ulong RosterSalt = 0x5354_5544_454E_5453; // "STUDENTS", as StudentDemoRows
    private const int NumberWidth = 6;

    private sealed record LevelProfile(double Share, int Years, int EntryAge)
    {
        public double[] GradeWeights { get; } = Enumerable.Range(0, Years).Select(g => 1 - (0.06 * g)).ToArray();
    }

    private readonly LevelProfile[] _levels = Profile(scope.SchoolType);
    private readonly double[] _shares = [.. Profile(scope.SchoolType).Select(l => l.Share)];

    /// <summary>Row <paramref name="index"/> (0-based) of the school's generated roster.</summary>
    public DemoStudent Student(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var serial = scope.SerialStart + index;
        var random = new DemoRandom(serial, RosterSalt);
        var level = _levels[random.Pick(_shares)];
        var entryYear = scope.Year - random.Pick(level.GradeWeights);
        var age = level.EntryAge + (random.Chance(0.7) ? 0 : random.Chance(0.5) ? 1 : -1);
        var person = DemoPeople.Identity(serial, entryYear - age);
        var number = entryYear.ToString(CultureInfo.InvariantCulture) + (index + 1).ToString("D" + NumberWidth, CultureInfo.InvariantCulture);
        return new DemoStudent(number, person.IdNumber);
    }

    /// <summary>StudentDemoRows.Profile: shares of levels, years of study and the usual age at entry, per school type.</summary>
    private static LevelProfile[] Profile(SchoolType type) => type switch
    {
        SchoolType.HigherVocational => [new(1, 3, 18)],
        SchoolType.VocationalBachelor => [new(1, 4, 18)],
        SchoolType.TechnicianCollege => [new(0.35, 3, 15), new(0.45, 5, 15), new(0.15, 6, 15), new(0.05, 6, 15)],
        SchoolType.SkilledWorkerSchool => [new(0.7, 3, 15), new(0.3, 5, 15)],
        _ => [new(1, 3, 15)],
    };
}
