using System.Globalization;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Enrolment.Application.MajorOfferedDataset;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>Realistic majors-offered lists for the demo city: the majors the school's demo students study
/// (<see cref="StudentDemoRows"/> draws them from the same <see cref="DemoSchoolMajors"/>), most popular first, at most
/// <c>count</c> of them: a school runs 6–13 majors, so a caller wanting them all asks for 13 or more (fewer leaves the
/// least popular majors, which do have students, unlisted). A major's hours are those of its programme and stay the same from year to year: 3000–3300 in
/// all, of which 45–60% practice around a share typical of the school, so about a third of the schools fall below the
/// 50% standard (教职成〔2019〕13号) and monitoring has failures to show. The intake follows the major's popularity and
/// varies by year. Every row passes the real upload checks.</summary>
internal sealed class MajorOfferedDemoRows(DemoSchoolMajors majors) : IDemoRowGenerator
{
    private const int MinTotal = 3000;
    private const int TotalSteps = 30; // totals in steps of 10 hours, up to 3300
    private const double MinShare = 0.45;
    private const double MaxShare = 0.60;

    /// <summary>A school's typical share lies in [0.46, 0.58): below 50% for a third of the schools.</summary>
    private const double SchoolShareFloor = 0.46;
    private const double SchoolShareSpread = 0.12;

    /// <summary>How far one major strays from its school's share, either way.</summary>
    private const double MajorShareSpread = 0.03;

    public string DatasetCode => EnrolmentDatasets.MajorsOffered;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var offered = StudentDemoRows.MajorLevels(scope.SchoolType)
            .SelectMany(level => majors.Offered(scope.SchoolCode, level))
            .DistinctBy(m => m.Code, StringComparer.Ordinal)
            .Take(count)
            .ToArray();
        return Generate(scope, offered);
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, DemoMajor[] offered)
    {
        var columns = Definition.Columns.Count;
        var school = new DemoRandom(DemoPeople.StableHash(scope.SchoolCode + "/practice-share"));
        var schoolShare = SchoolShareFloor + (SchoolShareSpread * school.NextDouble());
        for (var rank = 0; rank < offered.Length; rank++)
        {
            var major = offered[rank];

            // Seeded by school and major, not the year: a programme keeps its hours.
            var programme = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/hours/{major.Code}"));
            var total = MinTotal + (10 * programme.Next(TotalSteps + 1));
            var share = Math.Clamp(schoolShare + (MajorShareSpread * ((2 * programme.NextDouble()) - 1)), MinShare, MaxShare);
            var practice = (int)Math.Round(total * share);

            // The intake changes every year, larger for the school's popular majors; now and then it is left empty.
            var year = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/intake/{major.Code}/{scope.Year}"));
            var intake = (int)Math.Round(150 / (1 + (0.35 * rank)) * (0.7 + (0.6 * year.NextDouble())));

            var row = new string?[columns];
            row[MajorCode] = major.Code;
            row[MajorName] = major.Name;
            row[TotalHours] = total.ToString(CultureInfo.InvariantCulture);
            row[PracticeHours] = practice.ToString(CultureInfo.InvariantCulture);
            row[Intake] = year.Chance(0.95) ? intake.ToString(CultureInfo.InvariantCulture) : null;
            yield return row;
        }
    }
}
