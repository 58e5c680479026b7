using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Faculty.Contracts;

namespace Zmd.Vocational.Targets.Application;

/// <summary>One finding before localization: the rule (also its message key), error or warning, the message's values.</summary>
internal sealed record QualityFinding(string Rule, bool IsError, IReadOnlyDictionary<string, object?> Args);

/// <summary>Rules across datasets and years, over a school's stored measures: figures that contradict each other
/// (errors) and jumps from last year that need an explanation (warnings). A rule whose measures are not all filed is
/// silent: completeness is shown elsewhere.</summary>
internal static class QualityRules
{
    public const string DualExceedsProfessional = "Quality:DualExceedsProfessional";
    public const string CertifiedExceedsStudents = "Quality:CertifiedExceedsStudents";
    public const string TrainedExceedsStudents = "Quality:TrainedExceedsStudents";
    public const string PilotMajorsExceedOffered = "Quality:PilotMajorsExceedOffered";
    public const string EnrolmentJump = "Quality:EnrolmentJump";
    public const string TeachersJump = "Quality:TeachersJump";

    /// <summary>The warnings a school may explain.</summary>
    public static readonly IReadOnlySet<string> Explainable = new HashSet<string>(StringComparer.Ordinal) { EnrolmentJump, TeachersJump };

    private static readonly (string Rule, string Part, string Whole, string PartName, string WholeName)[] NotMoreThan =
    [
        (DualExceedsProfessional, FacultyMeasures.Dual, FacultyMeasures.Professional, "dual", "professional"),
        (CertifiedExceedsStudents, CertificateMeasures.StudentsCertified, EnrolmentMeasures.Students, "certified", "students"),
        (TrainedExceedsStudents, CertificateMeasures.StudentsTrained, EnrolmentMeasures.Students, "trained", "students"),
        (PilotMajorsExceedOffered, CertificateMeasures.PilotMajors, EnrolmentMeasures.MajorsOffered, "pilots", "offered"),
    ];

    private static readonly (string Rule, string Measure, string Dataset)[] Jumps =
    [
        (EnrolmentJump, EnrolmentMeasures.Students, EnrolmentDatasets.Students),
        (TeachersJump, FacultyMeasures.Teachers, FacultyDatasets.Teachers),
    ];

    /// <summary>The measure whose jump an explainable warning explains: its filing's state decides whether the explanation
    /// may still change.</summary>
    public static string MeasureOf(string rule) => Jumps.First(j => j.Rule == rule).Measure;

    /// <summary>The dataset that measure is filed in: the explanation is locked with that filing (and takes its lock).</summary>
    public static string DatasetOf(string rule) => Jumps.First(j => j.Rule == rule).Dataset;

    public static IEnumerable<QualityFinding> Check(IReadOnlyDictionary<string, decimal> year, IReadOnlyDictionary<string, decimal>? previous,
        decimal jumpShare)
    {
        foreach (var (rule, part, whole, partName, wholeName) in NotMoreThan)
        {
            if (year.TryGetValue(part, out var p) && year.TryGetValue(whole, out var w) && p > w)
            {
                yield return new QualityFinding(rule, true, new Dictionary<string, object?> { [partName] = p, [wholeName] = w });
            }
        }

        foreach (var (rule, measure, _) in Jumps)
        {
            if (previous is not null && previous.TryGetValue(measure, out var before) && year.TryGetValue(measure, out var now) && before > 0
                && Math.Abs(now - before) / before > jumpShare)
            {
                yield return new QualityFinding(rule, false, new Dictionary<string, object?>
                {
                    ["before"] = before,
                    ["now"] = now,
                    ["change"] = Math.Round((now - before) / before * 100m, 1),
                    ["limit"] = Math.Round(jumpShare * 100m, 1),
                });
            }
        }
    }
}
