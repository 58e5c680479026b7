using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Charts;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Models;

namespace Zmd.Vocational.Reporting.Application.Builders;

/// <summary>The technician college's build-out report, from its dashboard (as GET /api/college/dashboard): projects with
/// their standing, the 专栏6 targets on its own data, trainees by level and the 技师学院设置标准 checks.</summary>
internal sealed class CollegeReportBuilder(ICollegeDashboard dashboard, TimeProvider clock) : IReportModelBuilder
{
    public ReportKind Kind => ReportKind.College;

    /// <summary>None: the college's figures come from its dashboard, as named fields.</summary>
    public IReadOnlySet<string> Figures { get; } = new HashSet<string>();

    public IEnumerable<string> IndicatorsReadElsewhere => dashboard.Indicators;

    public async Task<IReportModel> BuildAsync(ReportRequest request, NarrativeModel narrative, CancellationToken ct)
    {
        var college = request.School ?? throw new InvalidOperationException("The college report needs the college.");
        var d = await dashboard.GetAsync(request.Year, college.Code, request.Basis, ct);
        var projects = d.Projects.Select(Project).ToList();
        var targets = d.Targets.Select(TargetLine.From).ToList();
        var trainees = d.Trainees.Select(t => new TraineeLine(t.Code, t.NameZh, t.Students, ReportText.WithUnit(t.Students, "人", 0))).ToList();
        var standards = d.Standards.Select(s => new StandardLine(s.Code, s.NameZh, s.Unit, s.Value, ReportText.WithUnit(s.Value, s.Unit, -1),
            "≥ " + ReportText.WithUnit(s.Threshold, s.Unit, -1), s.Met switch { true => "达标", false => "未达标", _ => ReportText.NoData }, s.Met)).ToList();
        var totals = new ProjectTotals(
            ReportText.WithUnit(d.Projects.Sum(p => p.PlannedFloorArea), "平方米", -2),
            ReportText.WithUnit(d.Projects.Sum(p => p.Standing.FloorAreaCompleted), "平方米", -2),
            ReportText.WithUnit(d.Projects.Sum(p => p.PlannedPlaces), "个", 0),
            ReportText.WithUnit(d.Projects.Sum(p => p.Standing.PlacesDelivered), "个", 0),
            ReportText.WithUnit(d.Projects.Sum(p => p.Budget), "万元", -2),
            ReportText.WithUnit(d.Projects.Sum(p => p.Standing.Spent), "万元", -2),
            d.Projects.Count(p => p.Standing.Late), d.Projects.Count(p => p.Standing.OverBudget), d.Projects.Count(p => p.Standing.Finished));
        var title = $"{d.SchoolName}建设与培养情况报告（{ReportText.SchoolYear(request.Year)}）";
        return new CollegeReportModel(
            ReportHeaders.Create(request, title, d.SchoolName, clock.GetUtcNow().UtcDateTime),
            narrative,
            projects.Count > 0 || targets.Any(t => t.HasValue) || trainees.Any(t => t.Students is not null) || standards.Any(s => s.Value is not null),
            ReportHeaders.Line(college),
            projects,
            totals,
            targets,
            trainees,
            d.AdvancedShare,
            ReportText.Percent(d.AdvancedShare),
            standards,
            new TimelineSpec("建设项目进度", d.Projects.Select(p => new TimelineItem(p.Name, p.PlannedStart, p.PlannedCompletion, p.ActualStart,
                    p.ActualCompletion, (double?)p.Standing.PercentComplete, p.Standing.Late)).ToList(),
                DateOnly.FromDateTime(Display.ToChinaTime(clock.GetUtcNow().UtcDateTime)), "计划", "实际", "今天", "暂无建设项目"));
    }

    private static ProjectLine Project(ProjectDto p)
    {
        var s = p.Standing;
        var state = s.Finished ? (s.Late ? "已竣工（延期）" : "已竣工") : s.Late ? "延期未完工" : p.ActualStart is null ? "未开工" : "在建";
        return new ProjectLine(p.Name, Display.Date(p.PlannedStart), Display.Date(p.PlannedCompletion), p.ActualStart is { } a ? Display.Date(a) : null,
            p.ActualCompletion is { } c ? Display.Date(c) : null, p.PlannedFloorArea, ReportText.WithUnit(p.PlannedFloorArea, "平方米", -2),
            s.FloorAreaCompleted, ReportText.WithUnit(s.FloorAreaCompleted, "平方米", -2), s.PercentComplete, ReportText.Percent(s.PercentComplete),
            p.PlannedPlaces, s.PlacesDelivered, p.Budget, ReportText.WithUnit(p.Budget, "万元", -2), s.Spent, ReportText.WithUnit(s.Spent, "万元", -2),
            s.Finished, s.Late, s.OverBudget, s.LatestReportAsOf is { } r ? Display.Date(r) : null, state);
    }
}
