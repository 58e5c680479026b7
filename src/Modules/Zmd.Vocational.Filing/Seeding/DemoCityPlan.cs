using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Seeding;

/// <summary>One school's share of the demo city: how many students and teachers it files, and where its generated
/// people start in the city-wide numbering.</summary>
internal sealed record DemoSchoolPlan(SchoolDto School, int Students, int Teachers, long StudentSerial, long TeacherSerial);

/// <summary>How big each school of the demo city is. The plan (驻政〔2022〕36号) counts about 80 thousand 中职 and
/// 35 thousand 高职 students, some 115 thousand in all: the 中职 share is split between the 中职 schools, the technician
/// college and the skilled-worker schools (which train at 中职 level). Within a type, city-run schools are larger and
/// private ones smaller; teachers follow a student–teacher ratio of about 18:1.</summary>
internal static class DemoCityPlan
{
    /// <summary>Teachers are numbered after every student of a province-sized city (3 million serials).</summary>
    public const long TeacherSerialBase = 3_000_000;

    private const string CityRunCounty = "411700";

    private static readonly Dictionary<SchoolType, int> StudentsByType = new()
    {
        [SchoolType.SecondaryVocational] = 72_000,
        [SchoolType.HigherVocational] = 35_000,
        [SchoolType.TechnicianCollege] = 5_000,
        [SchoolType.SkilledWorkerSchool] = 3_000,
        [SchoolType.VocationalBachelor] = 4_000,
    };

    /// <summary>The plan for the given (active) schools, in school-code order so serials are the same on every run.</summary>
    public static IReadOnlyList<DemoSchoolPlan> For(IEnumerable<SchoolDto> schools)
    {
        var ordered = schools.OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        var weights = ordered.ToDictionary(s => s.Id, Weight);
        var plan = new List<DemoSchoolPlan>();
        long studentSerial = 0;
        var teacherSerial = TeacherSerialBase;
        foreach (var school in ordered)
        {
            var sameType = ordered.Where(s => s.Type == school.Type).Sum(s => weights[s.Id]);
            var students = (int)Math.Round(StudentsByType.GetValueOrDefault(school.Type) * weights[school.Id] / sameType);
            var random = new DemoRandom(DemoPeople.StableHash(school.Code + "/teachers"));
            var teachers = (int)Math.Round(students / (16.5 + (3 * random.NextDouble())));
            plan.Add(new DemoSchoolPlan(school, students, teachers, studentSerial, teacherSerial));
            studentSerial += students;
            teacherSerial += teachers;
        }

        return plan;
    }

    private static double Weight(SchoolDto school)
    {
        var random = new DemoRandom(DemoPeople.StableHash(school.Code));
        var weight = 0.8 + (0.4 * random.NextDouble());
        if (school.CountyCode == CityRunCounty)
        {
            weight *= 1.6;
        }

        return school.Ownership == SchoolOwnership.Private ? weight * 0.5 : weight;
    }
}
