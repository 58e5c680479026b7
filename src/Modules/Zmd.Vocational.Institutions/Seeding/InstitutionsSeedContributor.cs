using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Institutions.Domain;

namespace Zmd.Vocational.Institutions.Seeding;

/// <summary>Counties, schools and majors from seeds/*.csv. Idempotent: rows are matched by code; counties and majors
/// follow the file (it is the reference), schools are only added, because the bureau edits them in the app.</summary>
internal sealed class InstitutionsSeedContributor(DbContext db, ILogger<InstitutionsSeedContributor> logger) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        await SeedCountiesAsync(context.SeedsDirectory, ct);
        await SeedSchoolsAsync(context.SeedsDirectory, ct);
        await SeedMajorsAsync(context.SeedsDirectory, ct);
    }

    private async Task SeedCountiesAsync(string dir, CancellationToken ct)
    {
        var existing = await db.Set<County>().ToDictionaryAsync(c => c.Code, ct);
        foreach (var row in SeedCsvFile.Read(dir, "counties.csv"))
        {
            var code = row.Required("code");
            if (!existing.TryGetValue(code, out var county))
            {
                county = new County { Code = code };
                db.Add(county);
                existing[code] = county;
            }

            county.Name = row.Required("name");
            county.Kind = SeedValues.CountyKind(row);
            county.Sort = int.Parse(row.Required("sort"), System.Globalization.CultureInfo.InvariantCulture);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedSchoolsAsync(string dir, CancellationToken ct)
    {
        var counties = await db.Set<County>().ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        var known = (await db.Set<School>().IgnoreQueryFilters().Select(s => s.Code).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var row in SeedCsvFile.Read(dir, "schools.csv"))
        {
            var code = row.Required("code");
            if (known.Contains(code))
            {
                continue;
            }

            var countyCode = row.Required("county_code");
            db.Add(new School
            {
                Code = code,
                Name = row.Required("name"),
                Type = SeedValues.SchoolType(row),
                CountyId = counties.TryGetValue(countyCode, out var countyId)
                    ? countyId
                    : throw new InvalidDataException($"{row.File} line {row.Line}: unknown county_code '{countyCode}'."),
                Ownership = SeedValues.Ownership(row),
                IsActive = bool.Parse(row.Required("active")),
            });
            added++;
        }

        await db.SaveChangesAsync(ct);
        if (added > 0)
        {
            logger.LogInformation("Seeded {Count} schools.", added);
        }
    }

    private async Task SeedMajorsAsync(string dir, CancellationToken ct)
    {
        var existing = await db.Set<Major>().ToDictionaryAsync(m => (m.Level, m.Code), ct);
        foreach (var row in SeedCsvFile.Read(dir, "majors.csv"))
        {
            var key = (SeedValues.MajorLevel(row), row.Required("code"));
            if (!existing.TryGetValue(key, out var major))
            {
                major = new Major { Level = key.Item1, Code = key.Item2 };
                db.Add(major);
                existing[key] = major;
            }

            major.Name = row.Required("name");
            major.Category = row.Required("category");
        }

        await db.SaveChangesAsync(ct);
    }
}
