using System.Globalization;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Certificates.Application.ResultDataset;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>Realistic 1+X results for the demo city. Row <c>k</c> is about student <c>k</c> of the school's generated
/// roster (<see cref="DemoStudents"/>), so the rows must be generated with the DemoScope the roster was generated with
/// (same SerialStart) and at most as many rows as the roster has. Each student trains for one of the certificates the
/// school pilots (its first pairs, <see cref="DemoCertificates.Candidates"/>) at the school type's usual level; about 96%
/// are trained, 88% of them examined and 78% of those certified (≈ 66% of rows, above the plan's 60% certification rate).
/// Every row passes the real upload checks once the roster is filed and the catalogue seeded.</summary>
internal sealed class ResultDemoRows(DemoCertificates certificates) : IDemoRowGenerator
{
    private const ulong Salt = 0x4345_5254_5253_4C54; // "CERTRSLT"

    /// <summary>How many of the school's first (major, certificate) pairs its students train for.</summary>
    private const int PilotsTrainedFor = 6;

    public string DatasetCode => CertificatesDatasets.Results;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        DemoPeople.EnsureSerials(scope.SerialStart, count);
        var pilots = certificates.Candidates(scope.SchoolCode, scope.SchoolType).Take(PilotsTrainedFor).ToArray();
        return Generate(scope, count, pilots);
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, int count, DemoPilot[] pilots)
    {
        var columns = Definition.Columns.Count;
        var roster = new DemoStudents(scope);
        var schoolTag = (DemoPeople.StableHash(scope.SchoolCode) % 10_000).ToString("D4", CultureInfo.InvariantCulture);
        for (var k = 0; k < count; k++)
        {
            var student = roster.Student(k);
            var random = new DemoRandom(scope.SerialStart + k, Salt);
            var certificate = pilots[random.Next(pilots.Length)].Certificate;
            var level = DemoCertificates.LevelsFor(certificate, scope.SchoolType)[0];
            var trained = random.Chance(0.96);
            var examined = trained ? random.Chance(0.88) : random.Chance(0.05);
            var passed = examined && random.Chance(0.78);

            var row = new string?[columns];
            row[StudentNumber] = student.StudentNumber;
            row[IdNumber] = student.IdNumber;
            row[CertificateCode] = certificate.Code;
            row[Level] = CertificateLevels.Label(level);
            row[Trained] = trained ? "是" : "否";
            row[Examined] = examined ? "是" : "否";
            row[Passed] = passed ? "是" : "否";
            // Issued as: certificate, year, level, school, serial within the school.
            row[CertificateNumber] = passed
                ? certificate.Code.Replace("X-", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
                    + scope.Year.ToString(CultureInfo.InvariantCulture) + ((int)level).ToString(CultureInfo.InvariantCulture)
                    + schoolTag + (k + 1).ToString("D6", CultureInfo.InvariantCulture)
                : null;
            yield return row;
        }
    }
}
