using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>See <see cref="ICollegeDashboard"/>. Every figure comes from monitoring (the stored measures of the college's
/// filings and approved build-out reports), so the dashboard, the city overview and the reports agree.</summary>
internal sealed class CollegeDashboardService(CollegeAccess access, IBuildOutService buildOut, ITargetRegister register, ITargetProgress progress,
    IIndicatorService indicators) : ICollegeDashboard
{
    /// <summary>The plan's items about the college (专栏6 第03、04项).</summary>
    private static readonly string[] Sections = ["专栏6 第03项", "专栏6 第04项"];

    /// <summary>Training levels and the indicators (seeds/indicators.csv) that count the college's students at each.</summary>
    private static readonly (string Code, string Zh, string En, string Indicator)[] Levels =
    [
        ("intermediate", "中级工", "Intermediate worker", "enrolment-intermediate"),
        ("advanced", "高级工", "Senior worker", "enrolment-advanced"),
        ("pretechnician", "预备技师", "Pre-technician", "enrolment-pretechnician"),
        ("technician", "技师", "Technician", "enrolment-technician"),
    ];

    public const string FullTimeIndicator = "enrolment-total";
    public const string AdvancedShareIndicator = "advanced-plus-share";
    public const string TrainingIndicator = "col-social-training";
    public const string AdvancedTraineesIndicator = "col-advanced-trainees";

    public IReadOnlyList<string> Indicators { get; } =
        [.. Levels.Select(l => l.Indicator), FullTimeIndicator, AdvancedShareIndicator, TrainingIndicator, AdvancedTraineesIndicator];

    public async Task<CollegeDashboardDto> GetAsync(int year, string? schoolCode = null, DataBasis basis = DataBasis.Approved, CancellationToken ct = default)
    {
        var college = await access.CollegeAsync(schoolCode, ct);
        var projects = await buildOut.ListAsync(college.Code, ct);
        var codes = (await register.ListAsync(ct)).Where(t => Sections.Any(s => t.Section.StartsWith(s, StringComparison.Ordinal))).Select(t => t.Code).ToList();
        var targets = await progress.SchoolTargetsAsync(college.Code, codes, year, basis, ct);

        var values = (await indicators.ValuesAsync(new IndicatorQuery(year, MonitoringScope.School, college.Code, Indicators, basis), ct))
            .ToDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal);
        decimal? Value(string code) => values.GetValueOrDefault(code);

        var trainees = Levels.Select(l => new TraineeLevelDto(l.Code, l.Zh, l.En, Value(l.Indicator))).ToList();
        var standards = CollegeStandard.Check(new CollegeFigures(Value(FullTimeIndicator), Value(TrainingIndicator), Value(AdvancedShareIndicator),
            Value(AdvancedTraineesIndicator)));
        return new CollegeDashboardDto(college.Code, college.Name, year, basis, projects, targets, trainees, Value(AdvancedShareIndicator), standards);
    }
}
