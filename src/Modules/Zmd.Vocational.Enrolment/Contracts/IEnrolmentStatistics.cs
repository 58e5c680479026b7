namespace Zmd.Vocational.Enrolment.Contracts;

/// <summary>Students of one school and level (a <see cref="StudentLevelCodes"/> code).</summary>
public sealed record EnrolmentCountDto(Guid SchoolId, string Level, int Count);

/// <summary>Enrolment figures computed from the filed student rosters, for monitoring and reports.</summary>
public interface IEnrolmentStatistics
{
    /// <summary>Per school and level, the students of the school year <paramref name="year"/> whose status is 在籍
    /// (<see cref="StudentStatusCodes.InSchool"/>). Counts the stored rows whatever the state of their filing (draft,
    /// submitted, approved): combine with Filing's states to count approved filings only. Subject to the school filter:
    /// a school user gets their own school only. Ordered by school, then level.</summary>
    Task<IReadOnlyList<EnrolmentCountDto>> CountByLevelAsync(int year, CancellationToken ct = default);
}
