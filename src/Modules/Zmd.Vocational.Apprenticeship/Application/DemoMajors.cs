using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>A major of seeds/majors.csv.</summary>
internal sealed record DemoMajor(string Code, string Name);

/// <summary>The majors a generated school offers, as the student roster generator (Enrolment's StudentDemoRows) chooses
/// them: for the catalogue level the school teaches, the file's majors of that level shuffled by a hash of
/// "schoolCode/level" and cut to 6–13. Keeping the same choice means a cohort's major is one the school has students in.
/// Mirrors Enrolment's DemoSchoolMajors.Offered: change both together.</summary>
internal sealed class DemoMajors(SeedsLocation seeds)
{
    private readonly Lazy<ILookup<string, DemoMajor>> _byLevel = new(() =>
        SeedCsvFile.Read(seeds.Directory, "majors.csv").ToLookup(r => r.Required("level"), r => new DemoMajor(r.Required("code"), r.Required("name"))));

    /// <summary>The catalogue level a school type's majors come from (技工 levels use the 中职 catalogue).</summary>
    public static string LevelOf(SchoolType type) => type switch
    {
        SchoolType.HigherVocational => "高职专科",
        SchoolType.VocationalBachelor => "职业本科",
        _ => "中职",
    };

    /// <summary>Years of study of the school type's main programme.</summary>
    public static int YearsOf(SchoolType type) => type == SchoolType.VocationalBachelor ? 4 : 3;

    public DemoMajor[] Offered(string schoolCode, SchoolType type)
    {
        var level = LevelOf(type);
        var all = _byLevel.Value[level].ToArray();
        if (all.Length == 0)
        {
            throw new InvalidOperationException($"seeds/majors.csv has no majors of level {level}.");
        }

        var random = new DemoRandom(DemoPeople.StableHash(schoolCode + "/" + level));
        random.Shuffle(all.AsSpan());
        return all[..Math.Min(all.Length, 6 + random.Next(8))];
    }
}
