using System.Globalization;
using Zmd.Vocational.Core.Seeding;

namespace Zmd.Vocational.UnitTests;

/// <summary>The reference data under seeds/ reads with the seed reader and holds together.</summary>
public sealed class SeedFileTests
{
    private static IReadOnlyList<SeedRow> Read(string file) => SeedCsvFile.Read(Repository.Seeds, file);

    [Fact]
    public void Targets_parse_and_every_row_has_its_required_columns()
    {
        var rows = Read("targets.csv");

        rows.Count.ShouldBeGreaterThanOrEqualTo(17);
        foreach (var row in rows)
        {
            row.Required("code");
            row.Required("name_zh");
            row.Required("name_en");
            row.Required("unit");
            row.Required("section");
            row.Required("comparator").ShouldBeOneOf(">=", "<=", "=");
            row.Required("kind").ShouldBeOneOf("预期性", "约束性");
        }

        rows.Select(r => r.Required("code")).ShouldBeUnique();
    }

    [Fact]
    public void The_17_targets_of_table_1_are_present()
    {
        var codes = Read("targets.csv").Select(r => r.Required("code")).ToHashSet(StringComparer.Ordinal);

        var missing = Enumerable.Range(1, 17).Select(i => $"K1.{i:D2}").Where(c => !codes.Contains(c)).ToList();

        missing.ShouldBeEmpty("missing 专栏1 codes: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_conflict_group_states_a_target_more_than_once_differently()
    {
        var groups = Read("targets.csv")
            .Where(r => r.Optional("conflict_group") is not null)
            .GroupBy(r => r.Required("conflict_group"), StringComparer.Ordinal)
            .ToList();
        groups.ShouldNotBeEmpty();

        foreach (var group in groups)
        {
            var rows = group.ToList();
            rows.Count.ShouldBeGreaterThanOrEqualTo(2, $"{group.Key} has one row only");
            var targets = rows.Select(r => r.Optional("target_value") ?? "").Distinct(StringComparer.Ordinal).Count();
            var sections = rows.Select(r => r.Required("section")).Distinct(StringComparer.Ordinal).Count();
            (targets > 1 || sections > 1).ShouldBeTrue($"{group.Key}: its rows agree on the target value and the section");
        }
    }

    [Fact]
    public void Every_school_lies_in_a_known_county()
    {
        var counties = Read("counties.csv").Select(r => r.Required("code")).ToHashSet(StringComparer.Ordinal);
        var schools = Read("schools.csv");
        schools.ShouldNotBeEmpty();

        var unknown = schools.Where(s => !counties.Contains(s.Required("county_code")))
            .Select(s => $"{s.Required("code")} ({s.Required("county_code")}, line {s.Line})")
            .ToList();

        unknown.ShouldBeEmpty("schools in unknown counties: " + string.Join(", ", unknown));
        schools.Select(s => s.Required("code")).ShouldBeUnique();
    }

    [Fact]
    public void Major_codes_are_unique_six_digit_numbers()
    {
        var codes = Read("majors.csv").Select(r => r.Required("code")).ToList();
        codes.ShouldNotBeEmpty();

        codes.Where(c => c.Length != 6 || !c.All(char.IsAsciiDigit)).ShouldBeEmpty("not 6 digits");
        var duplicates = codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        duplicates.ShouldBeEmpty("duplicate major codes: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void Baseline_and_target_years_are_years()
    {
        foreach (var row in Read("targets.csv"))
        {
            foreach (var column in new[] { "target_year", "baseline_year" })
            {
                if (row.Optional(column) is { } year)
                {
                    int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y).ShouldBeTrue($"{row.Required("code")} {column}");
                    y.ShouldBeInRange(2000, 2100);
                }
            }
        }
    }
}
