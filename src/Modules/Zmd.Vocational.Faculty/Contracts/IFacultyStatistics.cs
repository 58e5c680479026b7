namespace Zmd.Vocational.Faculty.Contracts;

/// <summary>Teacher figures of one school for one school year.</summary>
/// <param name="Total">Every teacher filed.</param>
/// <param name="FullTime">专任教师.</param>
/// <param name="PartTime">兼职教师.</param>
/// <param name="External">外聘教师.</param>
/// <param name="Professional">专业课教师, of every kind.</param>
/// <param name="FullTimeProfessional">专业课教师 among the full-time teachers (the 中职设置标准 counts these).</param>
/// <param name="DualJunior">双师型教师 (初级), of every kind.</param>
/// <param name="DualIntermediate">双师型教师 (中级), of every kind.</param>
/// <param name="DualSenior">双师型教师 (高级), of every kind.</param>
/// <param name="FullTimeDual">双师型教师 of any level among the full-time teachers.</param>
/// <param name="SeniorTitles">Teachers with a senior title (正高级 or 副高级), of every kind.</param>
public sealed record FacultyCountsDto(
    Guid SchoolId,
    int Total,
    int FullTime,
    int PartTime,
    int External,
    int Professional,
    int FullTimeProfessional,
    int DualJunior,
    int DualIntermediate,
    int DualSenior,
    int FullTimeDual,
    int SeniorTitles)
{
    /// <summary>双师型教师 of any level, of every kind.</summary>
    public int Dual => DualJunior + DualIntermediate + DualSenior;
}

/// <summary>Teacher figures computed from the filed teacher rosters, for monitoring and reports.</summary>
public interface IFacultyStatistics
{
    /// <summary>Per school, the teacher counts of the school year <paramref name="year"/>. Counts the stored rows whatever
    /// the state of their filing (draft, submitted, approved): combine with Filing's states to count approved filings
    /// only. Subject to the school filter: a school user gets their own school only. Ordered by school.</summary>
    Task<IReadOnlyList<FacultyCountsDto>> CountsAsync(int year, CancellationToken ct = default);
}
