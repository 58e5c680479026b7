using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Seeding;

/// <summary>The demo city has about 40 schools, as the demo asks; the register in seeds/ holds the 20 real ones.
/// The others are invented, and marked as such in their names (（演示）) so nobody takes them for the register.</summary>
internal static class DemoSchools
{
    public const int Target = 40;

    private static readonly (string County, string Name)[] Counties =
    [
        ("411702", "驿城区"), ("411721", "西平县"), ("411722", "上蔡县"), ("411723", "平舆县"), ("411724", "正阳县"),
        ("411725", "确山县"), ("411726", "泌阳县"), ("411727", "汝南县"), ("411728", "遂平县"), ("411729", "新蔡县"),
    ];

    /// <summary>Adds invented schools until the city has <see cref="Target"/> active ones. Codes start with 39, which no
    /// school of the register uses.</summary>
    public static async Task TopUpAsync(ISchoolDirectory schools, CancellationToken ct)
    {
        var active = (await schools.ListAsync(new SchoolQuery(IncludeInactive: false), ct)).Count;
        for (var i = 0; active < Target && i < 2 * Target; i++)
        {
            var (county, countyName) = Counties[i % Counties.Length];
            var code = $"39{county}{i + 1:00}";
            if (await schools.FindByCodeAsync(code, ct) is not null)
            {
                continue;
            }

            var skilled = i % 7 == 3;
            await schools.CreateAsync(new SchoolInput
            {
                Code = code,
                Name = skilled ? $"{countyName}技工学校（演示）" : $"{countyName}第{i / Counties.Length + 2}职业中等专业学校（演示）",
                Type = skilled ? SchoolType.SkilledWorkerSchool : SchoolType.SecondaryVocational,
                CountyCode = county,
                Ownership = i % 4 == 1 ? SchoolOwnership.Private : SchoolOwnership.Public,
                IsActive = true,
            }, ct);
            active++;
        }
    }
}
