using Zmd.Vocational.Core.Charts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Application.Builders;

/// <summary>The city 中职 annual report's model: the city's indicators (as GET /api/indicators?scope=city), every county's
/// and school's key figures, the filing completeness, and every target of the plan. Bureau staff only (the monitoring
/// services refuse city figures to anyone else).</summary>
internal sealed class CityReportBuilder(
    IIndicatorService indicators, ITargetProgress progress, ICompleteness completeness, ISchoolDirectory schools, TimeProvider clock)
    : IReportModelBuilder
{
    private static readonly string[] PlaceCodes =
        ["enrolment-total", "fulltime-teachers", "student-teacher-ratio", "dual-ratio", "professional-share", "fulltime-dual-share",
         "senior-title-share", "practice-hour-share"];

    public ReportKind Kind => ReportKind.City;

    public async Task<IReportModel> BuildAsync(ReportRequest request, NarrativeModel narrative, CancellationToken ct)
    {
        var year = request.Year;
        var city = new FigureSet(await indicators.ValuesAsync(new IndicatorQuery(year, MonitoringScope.City, Basis: request.Basis), ct));
        var countyValues = await indicators.ValuesAsync(new IndicatorQuery(year, MonitoringScope.County, Codes: PlaceCodes, Basis: request.Basis), ct);
        var schoolValues = await indicators.ValuesAsync(new IndicatorQuery(year, MonitoringScope.School, Codes: PlaceCodes, Basis: request.Basis), ct);
        var active = await schools.ListAllActiveAsync(ct);
        var targets = (await progress.OverviewAsync(year, request.Basis, ct)).Select(TargetLine.From).ToList();
        var filed = await completeness.ForYearAsync(year, ct);

        var bySchool = schoolValues.GroupBy(v => v.PlaceCode ?? "").ToDictionary(g => g.Key, g => new FigureSet(g));
        var schoolLines = active.OrderBy(s => s.Type).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => SchoolFiguresOf(s, bySchool.GetValueOrDefault(s.Code) ?? new FigureSet([])))
            .ToList();
        var types = active.GroupBy(s => s.Type).OrderBy(g => g.Key).Select(g =>
        {
            var students = g.Select(s => bySchool.GetValueOrDefault(s.Code)?["enrolment-total"].Value).OfType<decimal>().ToList();
            decimal? sum = students.Count > 0 ? students.Sum() : null;
            return new TypeLine(ReportHeaders.TypeName(g.Key), g.Count(), sum, ReportText.WithUnit(sum, "人", 0));
        }).ToList();
        var counties = countyValues.GroupBy(v => v.PlaceCode ?? "").Select(g =>
        {
            var f = new FigureSet(g);
            return new CountyLine(g.Key, g.First().PlaceName, active.Count(s => s.CountyCode == g.Key), f["enrolment-total"], f["fulltime-teachers"],
                f["student-teacher-ratio"], f["dual-ratio"]);
        }).Where(c => c.Schools > 0).ToList();

        var title = $"{ReportHeaders.City}中等职业教育质量年度报告（{ReportText.SchoolYear(year)}）";
        return new CityReportModel(
            ReportHeaders.Create(request, title, ReportHeaders.City, clock.GetUtcNow().UtcDateTime),
            narrative,
            city.HasData || targets.Any(t => t.HasValue),
            city.All,
            Scale: [city.Row("enrolment-total"), city.Row("enrolment-secondary"), city.Row("enrolment-higher"), city.Row("enrolment-associate"),
                city.Row("enrolment-bachelor"), city.Row("enrolment-advanced-plus"), city.Row("majors-offered"), TableRow.NotCollected("招生数、毕业生数")],
            Facilities: [city.Row("city.new-secondary-places"), city.Row("city.integration-bases"), city.Row("city.virtual-bases"),
                city.Row("col-buildout-area"), city.Row("col-buildout-places"), TableRow.NotCollected("生均校舍建筑面积"),
                TableRow.NotCollected("生均教学仪器设备值")],
            Teachers: [city.Row("fulltime-teachers"), city.Row("student-teacher-ratio"), city.Row("professional-share"),
                city.Row("fulltime-dual-share"), city.Row("dual-ratio"), city.Row("senior-title-share")],
            Students: [city.Row("enrolment-secondary"), city.Row("x-certification-rate"), city.Row("apprentices"),
                TableRow.NotCollected("毕业生就业率、升学率"), TableRow.NotCollected("学生体质健康达标率")],
            Majors: [city.Row("majors-offered"), city.Row("practice-hour-share"), city.Row("city.high-level-majors"),
                city.Row("city.high-level-colleges")],
            Cooperation: [city.Row("partner-enterprises"), city.Row("enterprise-participation"), city.Row("city.industry-colleges"),
                city.Row("city.model-integration-colleges"), city.Row("col-internships-backbone"), TableRow.NotCollected("职业教育集团（联盟）数")],
            Certificates: [city.Row("x-major-coverage"), city.Row("x-training-rate"), city.Row("x-certification-rate")],
            Apprenticeship: [city.Row("apprentices"), city.Row("apprenticeship-ratio")],
            Contribution: [city.Row("training-person-times"), city.Row("training-to-enrolment"), city.Row("city.training-person-times"),
                city.Row("col-new-skilled"), city.Row("col-social-training"), TableRow.NotCollected("对口支援")],
            types,
            counties,
            schoolLines,
            filed.Datasets.Select(d => new FilingLine(d.NameZh, d.Approved, d.Submitted, d.InProgress, d.NotStarted)).ToList(),
            filed.Schools,
            targets,
            Summaries.ByStatus(targets),
            targets.Where(t => t.Behind).ToList(),
            schoolLines.Where(s => !s.MeetsAll).ToList(),
            new BarChartSpec("各县（区）职业院校在校生", "人", counties.Select(c => new BarItem(c.Name, Double(c.Students.Value), false)).ToList(),
                null, "", ReportText.NoData),
            new BarChartSpec("各校生师比", ":1", schoolLines.Select(s => new BarItem(s.School.Name, Double(s.StudentTeacherRatio.Value),
                s.StudentTeacherRatio.MeetsStandard == false)).ToList(), 20, "标准 ≤ 20:1", ReportText.NoData));
    }

    private static double? Double(decimal? value) => value is { } v ? (double)v : null;

    private static SchoolFigures SchoolFiguresOf(SchoolDto school, FigureSet f) =>
        new(ReportHeaders.Line(school), f["enrolment-total"], f["fulltime-teachers"], f["student-teacher-ratio"], f["dual-ratio"],
            f["practice-hour-share"], Summaries.BelowStandard(f.All.Values));
}

internal static class Summaries
{
    private static readonly TargetStatus[] Order =
        [TargetStatus.Achieved, TargetStatus.OnTrack, TargetStatus.AtRisk, TargetStatus.OffTrack, TargetStatus.NoData, TargetStatus.NotApplicable];

    public static IReadOnlyList<StatusCount> ByStatus(IReadOnlyList<TargetLine> targets) =>
        Order.Select(s => new StatusCount(s.ToString(), ReportText.Status(s), targets.Count(t => t.Status == s.ToString()))).ToList();

    /// <summary>"生师比 37.5:1（标准 ≤ 20:1）" for each figure that fails its national standard.</summary>
    public static IReadOnlyList<string> BelowStandard(IEnumerable<Figure> figures) =>
        figures.Where(f => f.MeetsStandard == false).OrderBy(f => f.Code, StringComparer.Ordinal)
            .Select(f => $"{f.Name} {f.Text}（标准 {f.Standard}）").ToList();
}
