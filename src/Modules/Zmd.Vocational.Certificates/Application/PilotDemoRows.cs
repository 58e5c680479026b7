using System.Globalization;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Certificates.Application.PilotDataset;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>Realistic certificate pilots for the demo city: the school's suitable (major, certificate) pairs in a stable
/// order, at the level usual for the school type; past the last pair, the same pairs at the next level, so no
/// (major, certificate, level) repeats until every level of every pair is used. A pair's start year stays the same from
/// year to year. Every row passes the real upload checks once the catalogue is seeded from seeds/certificates.csv.</summary>
internal sealed class PilotDemoRows(DemoCertificates certificates) : IDemoRowGenerator
{
    /// <summary>The first year of the 1+X pilot (2019), and the last one a generated pilot starts in.</summary>
    private const int FirstYear = 2019;
    private const int LastStartYear = 2024;

    public string DatasetCode => CertificatesDatasets.Pilots;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var candidates = certificates.Candidates(scope.SchoolCode, scope.SchoolType);
        return Generate(scope, count, candidates);
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, int count, DemoPilot[] candidates)
    {
        var columns = Definition.Columns.Count;
        var latest = Math.Max(FirstYear, Math.Min(scope.Year, LastStartYear));
        for (var k = 0; k < count; k++)
        {
            var pilot = candidates[k % candidates.Length];
            var levels = DemoCertificates.LevelsFor(pilot.Certificate, scope.SchoolType);
            var level = levels[k / candidates.Length % levels.Length];
            var random = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/pilot/{pilot.Major.Code}/{pilot.Certificate.Code}"));

            var row = new string?[columns];
            row[MajorCode] = pilot.Major.Code;
            row[CertificateCode] = pilot.Certificate.Code;
            row[Level] = CertificateLevels.Label(level);
            row[StartYear] = (FirstYear + random.Next(latest - FirstYear + 1)).ToString(CultureInfo.InvariantCulture);
            yield return row;
        }
    }
}
