using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.College.Contracts.CollegeMeasures;

namespace Zmd.Vocational.College.Application;

/// <summary>The college's internship person-times of one year, in all and at the city's backbone enterprises, in one
/// grouped pass (SUM(CASE …) on both providers).</summary>
internal sealed class InternshipMeasures(DbContext db) : IMeasureSource
{
    private const string Dataset = CollegeDatasets.Internships;
    private const string PersonTimes = "人次";

    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.Internships, Dataset, "技师学院安排企业实习人次", "Technician college internship placements", PersonTimes),
        new(M.BackboneInternships, Dataset, "技师学院为市骨干企业提供实习人次", "Technician college internship placements for key city enterprises",
            PersonTimes),
    ];

    string IMeasureSource.Dataset => Dataset;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var sums = await db.Set<InternshipRecord>()
            .AsNoTracking()
            .Where(i => i.SchoolId == scope.SchoolId && i.Year == scope.Year)
            .GroupBy(i => i.SchoolId)
            .Select(g => new
            {
                All = g.Sum(i => (long)i.PersonTimes),
                Backbone = g.Sum(i => i.Backbone ? (long)i.PersonTimes : 0L),
            })
            .FirstOrDefaultAsync(ct);

        var values = new MeasureValues(Definitions);
        if (sums is not null)
        {
            values.Set(M.Internships, sums.All).Set(M.BackboneInternships, sums.Backbone);
        }

        return values.ToDictionary();
    }
}
