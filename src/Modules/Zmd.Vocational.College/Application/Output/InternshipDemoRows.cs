using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.College.Application.InternshipDataset;

namespace Zmd.Vocational.College.Application;

/// <summary>Plausible internships of the demo college: with its own demo partner enterprises (the first
/// <see cref="Enterprises"/> of the list the partner-enterprise generator files for it, so every credit code names a
/// filed partner) in the majors its demo students study (the majors-offered generator's). Each enterprise takes one
/// kind of internship in one major, then, beyond one row per enterprise, the other kind, then the next major. Backbone
/// enterprises (市骨干企业) are those above designated size and about a quarter of the others; their person-times add up
/// to about 1,000 in 2025 (the plan's target), growing 7% a year, the others' to a few hundred. Every row passes the real
/// upload checks once the partners are filed.</summary>
/// <remarks>The other modules' generators are resolved when rows are asked for, not injected: they are generators as this
/// one is, and a generator taking every generator would depend on itself.</remarks>
internal sealed class InternshipDemoRows(IServiceScopeFactory scopes) : IDemoRowGenerator
{
    /// <summary>Of the 30 partners the demo seeder files for a school.</summary>
    public const int Enterprises = 20;

    private const string MajorsOffered = "majors-offered";
    private const string MajorKeyColumn = "MajorCode";
    private const int BackboneTarget2025 = 1_020;
    private const double Growth = 0.07;

    private sealed record Partner(string CreditCode, string Name, bool Backbone);

    public string DatasetCode => CollegeDatasets.Internships;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var (partners, majors) = Inputs(scope);
        return partners.Count == 0 || majors.Count == 0 ? [] : Generate(scope, count, partners, majors);
    }

    /// <summary>The college's partners and majors as the other generators produce them, read by column key.</summary>
    private (IReadOnlyList<Partner> Partners, IReadOnlyList<string> Majors) Inputs(DemoScope scope)
    {
        using var services = scopes.CreateScope();
        var catalog = services.ServiceProvider.GetRequiredService<IDatasetCatalog>();
        var generators = services.ServiceProvider.GetServices<IDemoRowGenerator>().ToList();

        var code = Column(catalog, ApprenticeshipDatasets.PartnerEnterprises, ApprenticeshipDatasets.PartnerKeyColumn);
        var name = Column(catalog, ApprenticeshipDatasets.PartnerEnterprises, "Name");
        var large = Column(catalog, ApprenticeshipDatasets.PartnerEnterprises, "AboveDesignatedSize");
        var partners = generators.Single(g => g.DatasetCode == ApprenticeshipDatasets.PartnerEnterprises)
            .Rows(scope, Enterprises)
            .Select(r => new Partner(r[code]!, r[name]!, r[large] == "是" || new DemoRandom(DemoPeople.StableHash("backbone/" + r[code])).Chance(0.25)))
            .ToList();

        var majorColumn = Column(catalog, MajorsOffered, MajorKeyColumn);
        var majors = generators.Single(g => g.DatasetCode == MajorsOffered).Rows(scope, 100).Select(r => r[majorColumn]!).ToList();
        return (partners, majors);
    }

    /// <summary>A column of another module's dataset by its key; a renamed key fails here, not as a wrong demo row.</summary>
    private static int Column(IDatasetCatalog catalog, string dataset, string key)
    {
        var columns = catalog.Get(dataset).Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Key == key)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Dataset {dataset} has no column {key}: the demo internships cannot read its generated rows.");
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, int count, IReadOnlyList<Partner> partners, IReadOnlyList<string> majors)
    {
        // Row k: enterprise k mod E; its round r = k div E gives the kind (alternating) and the major (every second round),
        // so no enterprise–kind–major repeats within 2 × majors rounds.
        var rows = Enumerable.Range(0, Math.Min(count, partners.Count * 2 * majors.Count)).Select(k =>
        {
            var partner = partners[k % partners.Count];
            var round = k / partners.Count;
            var first = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/internship/{partner.CreditCode}"));
            var kind = (first.Next(2) + round) % 2 == 0 ? InternshipKind.Placement : InternshipKind.Professional;
            var major = majors[(first.Next(majors.Count) + (round / 2)) % majors.Count];
            var random = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/internship/{partner.CreditCode}/{scope.Year}/{round}"));
            var weight = partner.Backbone ? 40 + random.Next(121) : 10 + random.Next(51);
            return (Partner: partner, Kind: kind, Major: major, Weight: weight);
        }).ToList();

        // Backbone person-times scaled to the year's total; the others' weights are their person-times.
        var backboneWeight = rows.Where(r => r.Partner.Backbone).Sum(r => r.Weight);
        var backboneTotal = BackboneTarget2025 * OutputDemoTrend.Factor(scope.Year, Growth);
        foreach (var r in rows)
        {
            var personTimes = r.Partner.Backbone ? Math.Max(1, (int)Math.Round(backboneTotal * r.Weight / backboneWeight)) : r.Weight;
            var row = new string?[Definition.Columns.Count];
            row[EnterpriseCreditCode] = r.Partner.CreditCode;
            row[EnterpriseName] = r.Partner.Name;
            row[Backbone] = r.Partner.Backbone ? "是" : "否";
            row[Kind] = Kinds.Options.First(o => o.Code == Kinds.Code(r.Kind)).Label;
            row[MajorCode] = r.Major;
            row[PersonTimes] = personTimes.ToString(CultureInfo.InvariantCulture);
            yield return row;
        }
    }
}
