using System.Globalization;
using Zmd.Vocational.Faculty.Contracts;
using Zmd.Vocational.Faculty.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Faculty.Application.TeacherDataset;

namespace Zmd.Vocational.Faculty.Application;

/// <summary>Realistic teacher rosters for the demo city and for benchmark files, as a school's file holds them (Chinese
/// labels, 是/否). The mix follows what 中职 schools report: about 8% external (外聘) and 10% part-time (兼职) teachers,
/// about 55% professional-course teachers of whom roughly 36% are dual-qualified, senior titles near a quarter.
/// Every row passes the real upload checks; each row depends only on its serial.</summary>
internal sealed class TeacherDemoRows : IDemoRowGenerator
{
    private const ulong Salt = 0x5445_4143_4845_5253; // "TEACHERS"

    /// <summary>The 2022 national standard for dual-qualified teachers: recognitions start the year before.</summary>
    private const int FirstDualYear = 2021;

    private static readonly string FullTime = Label(Kinds, TeacherKind.FullTime);
    private static readonly string PartTime = Label(Kinds, TeacherKind.PartTime);
    private static readonly string External = Label(Kinds, TeacherKind.External);
    private static readonly string[] DualLabels = [.. Enum.GetValues<DualLevel>().Select(l => Label(DualLevels, l))];
    private static readonly string[] TitleLabels = [.. Enum.GetValues<ProfessionalTitle>().Select(t => Label(Titles, t))];

    // Title weights (None, Junior, Intermediate, AssociateProfessor, Professor) by age band, for every kind of teacher.
    private static readonly double[] TitlesYoung = [0.4, 0.6, 0, 0, 0];
    private static readonly double[] TitlesEarly = [0.05, 0.4, 0.5, 0.05, 0];
    private static readonly double[] TitlesMiddle = [0.02, 0.08, 0.6, 0.28, 0.02];
    private static readonly double[] TitlesSenior = [0.02, 0.05, 0.52, 0.35, 0.06];
    private static readonly double[] DualWeights = [0, 0.5, 0.35, 0.15];

    public string DatasetCode => FacultyDatasets.Teachers;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        DemoPeople.EnsureSerials(scope.SerialStart, count);
        return Generate(scope, count);
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, int count)
    {
        var width = Math.Max(4, count.ToString(CultureInfo.InvariantCulture).Length);
        var columns = Definition.Columns.Count;
        var firstDual = Math.Min(FirstDualYear, scope.Year);
        for (var i = 0; i < count; i++)
        {
            var serial = scope.SerialStart + i;
            var random = new DemoRandom(serial, Salt);
            var kind = random.NextDouble() switch { < 0.08 => TeacherKind.External, < 0.18 => TeacherKind.PartTime, _ => TeacherKind.FullTime };
            var full = kind == TeacherKind.FullTime;
            // Externals come from enterprises to teach their trade; a full-time teacher teaches a general subject about half the time.
            var professional = random.Chance(kind switch { TeacherKind.External => 0.85, TeacherKind.PartTime => 0.6, _ => 0.51 });
            var age = full ? 23 + random.Next(37) : 28 + random.Next(33);
            var person = DemoPeople.Identity(serial, scope.Year - age);
            var title = (ProfessionalTitle)random.Pick(age < 28 ? TitlesYoung : age < 36 ? TitlesEarly : age < 46 ? TitlesMiddle : TitlesSenior);
            var dual = professional && random.Chance(full ? 0.38 : 0.25) ? (DualLevel)random.Pick(DualWeights) : DualLevel.None;

            var row = new string?[columns];
            row[StaffNumber] = (full ? "T" : kind == TeacherKind.PartTime ? "J" : "W") + (i + 1).ToString("D" + width, CultureInfo.InvariantCulture);
            row[Name] = DemoPeople.Name(ref random, person.IsMale);
            row[IdNumber] = person.IdNumber;
            row[Kind] = full ? FullTime : kind == TeacherKind.PartTime ? PartTime : External;
            row[IsProfessional] = professional ? "是" : "否";
            row[DualLevelColumn] = DualLabels[(int)dual];
            row[DualYear] = dual == DualLevel.None ? null
                : (firstDual + random.Next(scope.Year - firstDual + 1)).ToString(CultureInfo.InvariantCulture);
            row[Title] = TitleLabels[(int)title];
            row[PracticeDays] = PracticeDaysOf(ref random, full, professional).ToString(CultureInfo.InvariantCulture);
            yield return row;
        }
    }

    /// <summary>Professional-course teachers spend about a month a year in enterprises (a few skip a year); general-subject
    /// teachers rarely go; part-time and external teachers work in enterprises anyway and report none.</summary>
    private static int PracticeDaysOf(ref DemoRandom random, bool fullTime, bool professional) =>
        !fullTime ? 0
        : professional ? (random.Chance(0.12) ? 0 : 10 + random.Next(41))
        : random.Chance(0.8) ? 0 : 3 + random.Next(13);

    private static string Label<TEnum>(CodeSet<TEnum> set, TEnum value)
        where TEnum : struct, Enum =>
        set.Options.First(o => o.Code == set.Code(value)).Label;
}
