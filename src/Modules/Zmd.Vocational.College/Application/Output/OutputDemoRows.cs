using System.Globalization;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.College.Application.OutputDataset;

namespace Zmd.Vocational.College.Application;

/// <summary>A plausible output of a technician college of about 5,000 full-time students (the demo city's) that also
/// trains and assesses the public: some 1,500 graduates a year, mostly 中级工 and 高级工, and about 5,000 people certified
/// through its assessments around 2025, growing 4% a year. One row per level, at most <c>count</c> rows (four levels).
/// Every row passes the real upload checks: assessments are the certified divided by a pass rate of 82–92%.</summary>
internal sealed class OutputDemoRows : IDemoRowGenerator
{
    private const double Growth = 0.04;

    /// <summary>Per level, in the order of <see cref="Levels"/>: graduates, certified and social training in 2025.</summary>
    private static readonly (int Graduates, int Certified, int SocialTraining)[] Base2025 =
    [
        (620, 2350, 4200),
        (680, 2000, 2600),
        (140, 380, 600),
        (60, 290, 420),
    ];

    public string DatasetCode => CollegeDatasets.Output;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Generate(scope, Math.Min(count, Levels.Options.Count));
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, int count)
    {
        var factor = OutputDemoTrend.Factor(scope.Year, Growth);
        for (var k = 0; k < count; k++)
        {
            var random = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/output/{scope.Year}/{k}"));
            var (graduates, certified, social) = Base2025[k];
            var certifiedNow = Scaled(certified, factor, ref random);
            var passRate = 0.82 + (0.10 * random.NextDouble());

            var row = new string?[Definition.Columns.Count];
            row[Level] = Levels.Options[k].Label;
            row[Graduates] = Text(Scaled(graduates, factor, ref random));
            row[Certified] = Text(certifiedNow);
            row[SocialTraining] = Text(Scaled(social, factor, ref random));
            row[Assessments] = Text((int)Math.Ceiling(certifiedNow / passRate));
            yield return row;
        }
    }

    /// <summary>The 2025 figure moved to the year, give or take 2%.</summary>
    private static int Scaled(int figure2025, double factor, ref DemoRandom random) =>
        (int)Math.Round(figure2025 * factor * (0.98 + (0.04 * random.NextDouble())));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
