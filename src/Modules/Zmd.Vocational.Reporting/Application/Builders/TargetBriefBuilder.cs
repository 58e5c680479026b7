using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Application.Builders;

/// <summary>The target-progress brief: every target of the register in the year (as GET /api/monitoring/overview), grouped
/// by the plan's section, with the ones behind and the ones the plan states twice pulled out.</summary>
internal sealed class TargetBriefBuilder(ITargetProgress progress, TimeProvider clock) : IReportModelBuilder
{
    public ReportKind Kind => ReportKind.Brief;

    /// <summary>None: the brief is about targets, by their lines.</summary>
    public IReadOnlySet<string> Figures { get; } = new HashSet<string>();

    public async Task<IReportModel> BuildAsync(ReportRequest request, NarrativeModel narrative, CancellationToken ct)
    {
        var targets = (await progress.OverviewAsync(request.Year, request.Basis, ct)).Select(TargetLine.From).ToList();
        var sections = targets.GroupBy(t => t.Section).Select(g => new SectionLine(g.Key, g.ToList())).ToList();
        var title = $"{ReportHeaders.City}“十四五”人才发展规划职业教育目标进展简报（{ReportText.SchoolYear(request.Year)}）";
        return new TargetBriefModel(
            ReportHeaders.Create(request, title, ReportHeaders.City, clock.GetUtcNow().UtcDateTime),
            narrative,
            targets.Any(t => t.HasValue),
            targets,
            Summaries.ByStatus(targets),
            sections,
            targets.Where(t => t.Behind).ToList(),
            targets.Where(t => t.ConflictsWith.Length > 0).ToList());
    }
}
