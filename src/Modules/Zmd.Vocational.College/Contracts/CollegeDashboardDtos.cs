using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.College.Contracts;

/// <summary>One line of the 技师学院设置标准 (人社部发〔2012〕8号) for a year: the college's value, the threshold, and
/// whether it is met (null when there is no data for the year).</summary>
public sealed record StandardCheckDto(string Code, string NameZh, string NameEn, string Unit, decimal? Value, decimal Threshold, bool? Met);

/// <summary>Students of one training level (中级工, 高级工, 预备技师, 技师), from the college's student roster filing.</summary>
public sealed record TraineeLevelDto(string Code, string NameZh, string NameEn, decimal? Students);

/// <summary>The college dashboard of a school year: its build-out projects (the timeline), its progress against each
/// 专栏6 target, its trainees by level with the share at 高级工 and above, and the standard's checks.</summary>
public sealed record CollegeDashboardDto(
    string SchoolCode,
    string SchoolName,
    int Year,
    DataBasis Basis,
    IReadOnlyList<ProjectDto> Projects,
    IReadOnlyList<TargetProgressDto> Targets,
    IReadOnlyList<TraineeLevelDto> Trainees,
    decimal? AdvancedShare,
    IReadOnlyList<StandardCheckDto> Standards);

/// <summary>The dashboard: the college's own users and bureau staff.</summary>
public interface ICollegeDashboard
{
    Task<CollegeDashboardDto> GetAsync(int year, string? schoolCode = null, DataBasis basis = DataBasis.Approved, CancellationToken ct = default);

    /// <summary>The indicator codes (seeds/indicators.csv) the dashboard reads: the college report checks them against the
    /// catalog when the host starts.</summary>
    IReadOnlyList<string> Indicators { get; }
}
