using System.Globalization;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.College.Application.StudioDataset;

namespace Zmd.Vocational.College.Application;

/// <summary>Plausible master's studios of a technician college in the trades of Zhumadian's industry, one set up every year
/// or two since 2018, so that the college has four studios in 2024, five in 2025 (the plan's target) and six in 2026.
/// A year's file lists every studio set up by then, at most <c>count</c>. The master of each studio is a generated name
/// fixed per school and field. Every row passes the real upload checks.</summary>
internal sealed class StudioDemoRows : IDemoRowGenerator
{
    private static readonly (string Field, StudioLevel Level, int Established)[] Studios =
    [
        ("数控加工", StudioLevel.Provincial, 2018),
        ("焊接", StudioLevel.National, 2020),
        ("汽车维修", StudioLevel.City, 2022),
        ("电工", StudioLevel.Provincial, 2023),
        ("中式烹调", StudioLevel.City, 2025),
        ("工业机器人", StudioLevel.City, 2026),
    ];

    public string DatasetCode => CollegeDatasets.Studios;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Studios.Where(s => s.Established <= scope.Year).Take(count).Select(s => Row(scope.SchoolCode, s));
    }

    private static string?[] Row(string schoolCode, (string Field, StudioLevel Level, int Established) studio)
    {
        var random = new DemoRandom(DemoPeople.StableHash($"{schoolCode}/studio/{studio.Field}"));
        var male = random.Chance(0.8);
        var master = DemoPeople.Name(ref random, male);
        var row = new string?[Definition.Columns.Count];
        row[Name] = master + studio.Field + "技能大师工作室";
        row[Master] = master;
        row[Field] = studio.Field;
        row[Level] = Levels.Options.First(o => o.Code == Levels.Code(studio.Level)).Label;
        row[Established] = studio.Established.ToString(CultureInfo.InvariantCulture);
        return row;
    }
}
