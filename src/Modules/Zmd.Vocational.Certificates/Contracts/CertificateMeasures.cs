namespace Zmd.Vocational.Certificates.Contracts;

/// <summary>The measures the 1+X datasets yield per school and year: the numerators of the plan's certificate rates
/// (专栏7). Students count once however many certificates or levels they have, by student number.</summary>
public static class CertificateMeasures
{
    /// <summary>Distinct majors with at least one certificate pilot (coverage = this ÷ majors offered).</summary>
    public const string PilotMajors = "cert.pilot-majors";

    /// <summary>Distinct students who took part in 1+X training (training rate = this ÷ enrolled).</summary>
    public const string StudentsTrained = "cert.students.trained";

    public const string StudentsExamined = "cert.students.examined";

    /// <summary>Distinct students who obtained a certificate (certification rate = this ÷ enrolled).</summary>
    public const string StudentsCertified = "cert.students.certified";
}
