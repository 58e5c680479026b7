using System.Globalization;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Apprenticeship.Application.PartnerEnterpriseDataset;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>Realistic partner-enterprise lists for the demo city: the school's first <c>count</c> partners from the
/// city-wide pool (<see cref="DemoEnterprises"/>), the first three of them apprenticeship partners (the cohorts' enterprises),
/// the others mostly internships, shared training bases and order training. Every row passes the real upload checks.</summary>
internal sealed class PartnerEnterpriseDemoRows : IDemoRowGenerator
{
    private static readonly CooperationKind[] OtherKinds =
    [
        CooperationKind.Internship, CooperationKind.SharedBase, CooperationKind.OrderTraining, CooperationKind.TechService,
        CooperationKind.Apprenticeship, CooperationKind.IndustryCollege, CooperationKind.Other,
    ];

    private static readonly double[] OtherWeights = [0.36, 0.2, 0.15, 0.1, 0.08, 0.05, 0.06];

    private static readonly string[] KindLabels = [.. OtherKinds.Select(Label)];
    private static readonly string ApprenticeshipLabel = Label(CooperationKind.Apprenticeship);

    public string DatasetCode => ApprenticeshipDatasets.PartnerEnterprises;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Generate(scope, count);
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, int count)
    {
        var columns = Definition.Columns.Count;
        for (var j = 0; j < count; j++)
        {
            var enterprise = DemoEnterprises.PartnerOf(scope.SchoolCode, j);
            // Seeded by the pair, not the year: a partnership keeps its kind and its first year.
            var random = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/partner/{enterprise.CreditCode}"));
            var row = new string?[columns];
            row[CreditCode] = enterprise.CreditCode;
            row[Name] = enterprise.Name;
            row[AboveDesignatedSize] = enterprise.AboveDesignatedSize ? "是" : "否";
            row[CooperationKindColumn] = j < CohortDemoRows.ApprenticeshipPartners ? ApprenticeshipLabel : KindLabels[random.Pick(OtherWeights)];
            row[Since] = random.Chance(0.85)
                ? Math.Max(1980, scope.Year - random.Skewed(16)).ToString(CultureInfo.InvariantCulture)
                : null;
            yield return row;
        }
    }

    private static string Label(CooperationKind kind) => Kinds.Options.First(o => o.Code == Kinds.Code(kind)).Label;
}
