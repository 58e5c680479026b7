namespace Zmd.Vocational.Certificates.Contracts;

/// <summary>1+X figures of one school for one school year: the numerators of the plan's certificate rates (专栏7).
/// Students are counted once however many certificates or levels they have, by student number.</summary>
/// <param name="PilotMajors">Distinct majors with at least one certificate pilot (coverage = this ÷ majors offered).</param>
/// <param name="StudentsTrained">Distinct students who took part in 1+X training (training rate = this ÷ enrolled).</param>
/// <param name="StudentsExamined">Distinct students who took part in an examination.</param>
/// <param name="StudentsCertified">Distinct students who obtained a certificate (certification rate = this ÷ enrolled).</param>
public sealed record CertificateCountsDto(Guid SchoolId, int PilotMajors, int StudentsTrained, int StudentsExamined, int StudentsCertified);

/// <summary>1+X figures computed from the filed pilots and results, for monitoring and reports.</summary>
public interface ICertificateStatistics
{
    /// <summary>Per school that filed either dataset, the figures of the school year <paramref name="year"/>. Counts the
    /// stored rows whatever the state of their filing (draft, submitted, approved): combine with Filing's states to count
    /// approved filings only. Subject to the school filter: a school user gets their own school only. Ordered by school.</summary>
    Task<IReadOnlyList<CertificateCountsDto>> CountsAsync(int year, CancellationToken ct = default);
}
