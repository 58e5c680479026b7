using System.Globalization;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Apprenticeship.Application.PartnerEnterpriseDataset;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>Realistic partner-enterprise lists for the demo city: the school's first <c>count</c> partners
/// (<see cref="DemoEnterprises.PartnersOf"/>), first its apprenticeship partners (the cohorts' enterprises), then
/// enterprises of the city-wide pool, mostly for internships, shared training bases and order training. Every row passes
/// the real upload checks.</summary>
internal sealed class PartnerEnterpriseDemoRows(DemoMajors majors) : IDemoRowGenerator
{
    private static readonly CooperationKind[] OtherKinds =
    [
        CooperationKind.Internship, CooperationKind.SharedBase, CooperationKind.OrderTraining, CooperationKind.TechService,
        CooperationKind.Apprenticeship, CooperationKind.IndustryCollege, CooperationKind.Other,
    ];

    private static readonly double[] OtherWeights = [0.36, 0.2, 0.15, 0.1, 0.08, 0.05, 0.06];

    private static readonly string[] KindLabels = [.. OtherKinds.Select(Label)];
    private static readonly string ApprenticeshipLabel = Label(CooperationKind.Apprenticeship);

    private const int EarliestSince = 2000;
    private const int LatestSince = 2025;

    public string DatasetCode => ApprenticeshipDatasets.PartnerEnterprises;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var offered = majors.Offered(scope.SchoolCode, scope.SchoolType);
        return Generate(scope, DemoEnterprises.PartnersOf(scope.SchoolCode, offered).Take(count));
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, IEnumerable<DemoEnterprise> partners)
    {
        var columns = Definition.Columns.Count;
        var j = 0;
        foreach (var enterprise in partners)
        {
            // Seeded by the pair, not the year: a partnership keeps its kind and its first year.
            var random = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/partner/{enterprise.CreditCode}"));
            var row = new string?[columns];
            row[CreditCode] = enterprise.CreditCode;
            row[Name] = enterprise.Name;
            row[AboveDesignatedSize] = enterprise.AboveDesignatedSize ? "是" : "否";
            row[CooperationKindColumn] = j++ < DemoEnterprises.ApprenticeshipPartners ? ApprenticeshipLabel : KindLabels[random.Pick(OtherWeights)];
            // Mostly recent partnerships; one the school "began" after the year filed for is shown as starting that year.
            row[Since] = random.Chance(0.85)
                ? Math.Min(scope.Year, LatestSince - random.Skewed(LatestSince - EarliestSince + 1)).ToString(CultureInfo.InvariantCulture)
                : null;
            yield return row;
        }
    }

    private static string Label(CooperationKind kind) => Kinds.Options.First(o => o.Code == Kinds.Code(kind)).Label;
}
