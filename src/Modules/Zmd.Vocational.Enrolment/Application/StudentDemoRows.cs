using System.Globalization;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using static Zmd.Vocational.Enrolment.Application.StudentDataset;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>Realistic student rosters for the demo city and for benchmark files, as a school's file holds them: Chinese
/// labels for coded columns, dates as yyyy-MM-dd, major codes of the level the school teaches (from seeds/majors.csv).
/// Every row passes the real upload checks; each row depends only on its serial, so a roster is deterministic.</summary>
internal sealed class StudentDemoRows(DemoSchoolMajors majors) : IDemoRowGenerator
{
    private const ulong Salt = 0x5354_5544_454E_5453; // "STUDENTS"
    private const ulong CohortSalt = 0x434F_484F_5254_5321; // "COHORTS!": its own stream, so the other columns stay as they were

    /// <summary>A level a school trains: its share of the school's students, its length in years, the usual age at
    /// entry and the catalogue level of its majors (技工 levels use the 中职 catalogue).</summary>
    private sealed record LevelProfile(StudyLevel Level, double Share, int Years, int EntryAge, string MajorLevel)
    {
        public string LevelLabel { get; } = Label(Levels, Level);

        /// <summary>Per grade (0 = entered this school year): lower grades a little larger, as drop-outs thin the higher.</summary>
        public double[] GradeWeights { get; } = Enumerable.Range(0, Years).Select(g => 1 - (0.06 * g)).ToArray();
    }

    private static readonly string MaleLabel = Label(Genders, Gender.Male);
    private static readonly string FemaleLabel = Label(Genders, Gender.Female);

    private static readonly string[] StatusLabels = [Label(Statuses, StudentStatus.InSchool), Label(Statuses, StudentStatus.Suspended),
        Label(Statuses, StudentStatus.Withdrawn), Label(Statuses, StudentStatus.TransferredOut)];

    private static readonly double[] StatusWeights = [0.96, 0.02, 0.01, 0.01];

    public string DatasetCode => EnrolmentDatasets.Students;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        DemoPeople.EnsureSerials(scope.SerialStart, count);
        var levels = Profile(scope.SchoolType);
        var offered = levels.Select(l => majors.Offered(scope.SchoolCode, l.MajorLevel).Select(m => m.Code).ToArray()).ToArray();
        return Generate(scope, count, levels, offered);
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, int count, LevelProfile[] levels, string[][] offered)
    {
        var shares = levels.Select(l => l.Share).ToArray();
        var width = Math.Max(6, count.ToString(CultureInfo.InvariantCulture).Length);
        var columns = Definition.Columns.Count;
        for (var i = 0; i < count; i++)
        {
            var serial = scope.SerialStart + i;
            var random = new DemoRandom(serial, Salt);
            var which = random.Pick(shares);
            var level = levels[which];
            var entryYear = scope.Year - random.Pick(level.GradeWeights);
            var age = level.EntryAge + (random.Chance(0.7) ? 0 : random.Chance(0.5) ? 1 : -1);
            var person = DemoPeople.Identity(serial, entryYear - age);
            var majors = offered[which];

            var row = new string?[columns];
            row[StudentNumber] = entryYear.ToString(CultureInfo.InvariantCulture) + (i + 1).ToString("D" + width, CultureInfo.InvariantCulture);
            row[Name] = DemoPeople.Name(ref random, person.IsMale);
            row[IdNumber] = person.IdNumber;
            row[GenderColumn] = person.IsMale ? MaleLabel : FemaleLabel;
            row[BirthDate] = person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            row[MajorCode] = majors[random.Skewed(majors.Length)];
            row[Level] = level.LevelLabel;
            row[EntryYear] = entryYear.ToString(CultureInfo.InvariantCulture);
            row[Status] = StatusLabels[random.Pick(StatusWeights)];
            row[CohortCode] = Cohort(scope, serial, entryYear);
            yield return row;
        }
    }

    /// <summary>With the school's cohorts filed, a share of the first two grades are apprentices of that intake's first
    /// cohort (the cohort generator files XT{intake year}01 for the latest intakes), rising year by year towards the
    /// plan's 10% of enrolment. Otherwise no one: a code would name a cohort that is not filed.</summary>
    private static string? Cohort(DemoScope scope, long serial, int entryYear)
    {
        if (!scope.CohortsFiled || scope.Year - entryYear > 1)
        {
            return null;
        }

        var share = 0.10 + (0.025 * (scope.Year - 2024));
        return new DemoRandom(serial, CohortSalt).Chance(share) ? "XT" + entryYear.ToString(CultureInfo.InvariantCulture) + "01" : null;
    }

    /// <summary>The catalogue levels whose majors a school of the type teaches, each once, in the order of its levels: the
    /// majors-offered generator lists the same majors as the roster draws from.</summary>
    public static IReadOnlyList<string> MajorLevels(SchoolType type) => Profile(type).Select(l => l.MajorLevel).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>What a school of the type trains. The technician college keeps 高级工 + 预备技师 at 60% (技师学院设置标准).</summary>
    private static LevelProfile[] Profile(SchoolType type) => type switch
    {
        SchoolType.HigherVocational => [new(StudyLevel.Associate, 1, 3, 18, "高职专科")],
        SchoolType.VocationalBachelor => [new(StudyLevel.Bachelor, 1, 4, 18, "职业本科")],
        SchoolType.TechnicianCollege =>
        [
            new(StudyLevel.Intermediate, 0.35, 3, 15, "中职"), new(StudyLevel.Advanced, 0.45, 5, 15, "中职"),
            new(StudyLevel.PreTechnician, 0.15, 6, 15, "中职"), new(StudyLevel.Technician, 0.05, 6, 15, "中职"),
        ],
        SchoolType.SkilledWorkerSchool => [new(StudyLevel.Intermediate, 0.7, 3, 15, "中职"), new(StudyLevel.Advanced, 0.3, 5, 15, "中职")],
        _ => [new(StudyLevel.Secondary, 1, 3, 15, "中职")],
    };

    private static string Label<TEnum>(CodeSet<TEnum> set, TEnum value)
        where TEnum : struct, Enum =>
        set.Options.First(o => o.Code == set.Code(value)).Label;
}
