namespace Zmd.Vocational.Apprenticeship.Contracts;

/// <summary>School–enterprise cooperation figures of one school for one school year. Apprentices are not counted here:
/// they are the students with a cohort code, in Enrolment's roster.</summary>
/// <param name="Cohorts">现代学徒制班级 filed.</param>
/// <param name="CohortsWithAgreement">Cohorts whose three-party agreement (学校、企业、学徒) is signed.</param>
/// <param name="PartnerEnterprises">合作企业 filed.</param>
/// <param name="PartnerEnterprisesAboveDesignatedSize">合作企业 that are 规模以上企业.</param>
/// <param name="SocialTrainingPersonTimes">社会培训人次, summed over the school's programmes.</param>
public sealed record ApprenticeshipCountsDto(
    Guid SchoolId,
    int Cohorts,
    int CohortsWithAgreement,
    int PartnerEnterprises,
    int PartnerEnterprisesAboveDesignatedSize,
    long SocialTrainingPersonTimes);

/// <summary>Distinct enterprises (by credit code) that work with at least one school in a school year: an enterprise
/// several schools name counts once. One that any school files as 规模以上 counts as such.</summary>
public sealed record PartnerEnterpriseTotalsDto(int Year, int Enterprises, int AboveDesignatedSize);

/// <summary>School–enterprise cooperation figures computed from the filed datasets, for monitoring and reports.</summary>
public interface IApprenticeshipStatistics
{
    /// <summary>Per school, the figures of the school year <paramref name="year"/>; a school that filed any of the three
    /// datasets appears, with zeros for the others. Counts the stored rows whatever the state of their filing (draft,
    /// submitted, approved): combine with Filing's states to count approved filings only. Subject to the school filter:
    /// a school user gets their own school only. Ordered by school.</summary>
    Task<IReadOnlyList<ApprenticeshipCountsDto>> CountsAsync(int year, CancellationToken ct = default);

    /// <summary>The distinct partner enterprises of the year across the schools the caller sees (the city, for bureau
    /// staff): the numerator and denominator of "share of 规模以上 enterprises taking part".</summary>
    Task<PartnerEnterpriseTotalsDto> PartnerEnterpriseTotalsAsync(int year, CancellationToken ct = default);
}
