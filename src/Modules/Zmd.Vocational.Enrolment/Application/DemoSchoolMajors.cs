using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>A major of seeds/majors.csv.</summary>
internal sealed record DemoMajor(string Code, string Name);

/// <summary>The majors a demo school teaches at a catalogue level, shared by the student roster generator and the
/// majors-offered generator of this module, so that a school's demo students study exactly the majors it files as offered.
/// Apprenticeship's and Certificates' DemoMajors mirror <see cref="Offered"/> (they cannot reference this module): change
/// them together.</summary>
internal sealed class DemoSchoolMajors(SeedsLocation seeds)
{
    private readonly Lazy<ILookup<string, DemoMajor>> _byLevel = new(() =>
        SeedCsvFile.Read(seeds.Directory, "majors.csv").ToLookup(r => r.Required("level"), r => new DemoMajor(r.Required("code"), r.Required("name"))));

    /// <summary>A stable subset of the catalogue level (6–13 majors), in an order of popularity of the school's own, both
    /// derived from the school code: the student generator draws the first ones most often.</summary>
    public DemoMajor[] Offered(string schoolCode, string majorLevel)
    {
        var all = _byLevel.Value[majorLevel].ToArray();
        if (all.Length == 0)
        {
            throw new InvalidOperationException($"seeds/majors.csv has no majors of level {majorLevel}.");
        }

        var random = new DemoRandom(DemoPeople.StableHash(schoolCode + "/" + majorLevel));
        random.Shuffle(all.AsSpan());
        return all[..Math.Min(all.Length, 6 + random.Next(8))];
    }
}
