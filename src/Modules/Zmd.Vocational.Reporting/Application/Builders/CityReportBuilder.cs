using Zmd.Vocational.Core.Charts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Targets.Contracts;
using static Zmd.Vocational.Reporting.Application.Builders.IndicatorCode;

namespace Zmd.Vocational.Reporting.Application.Builders;

/// <summary>The city 中职 annual report's model: the city's indicators (as GET /api/indicators?scope=city), every county's
/// and school's key figures, the filing completeness, and every target of the plan. Bureau staff only (the monitoring
/// services refuse city figures to anyone else).</summary>
internal sealed class CityReportBuilder(
    IIndicatorService indicators, ITargetProgress progress, ICompleteness completeness, ISchoolDirectory schools, TimeProvider clock)
    : IReportModelBuilder
{
    /// <summary>The figures gathered for each county and school.</summary>
    private static readonly string[] PlaceCodes = [.. new[]
    {
        EnrolmentTotal, FulltimeTeachers, StudentTeacherRatio, DualRatio,
        ProfessionalShare, FulltimeDualShare, SeniorTitleShare, PracticeHourShare,
    }.Select(c => c.Value)];

    public ReportKind Kind => ReportKind.City;

    /// <summary>Every indicator of the catalog, as GET /api/indicators?scope=city gives them.</summary>
    public IReadOnlySet<string> Figures => indicators.Definitions().Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

    public async Task<IReportModel> BuildAsync(ReportRequest request, NarrativeModel narrative, CancellationToken ct)
    {
        var year = request.Year;
        var city = new FigureSet(await indicators.ValuesAsync(new IndicatorQuery(year, MonitoringScope.City, Basis: request.Basis), ct), Figures);
        var countyValues = await indicators.ValuesAsync(new IndicatorQuery(year, MonitoringScope.County, Codes: PlaceCodes, Basis: request.Basis), ct);
        var schoolValues = await indicators.ValuesAsync(new IndicatorQuery(year, MonitoringScope.School, Codes: PlaceCodes, Basis: request.Basis), ct);
        var active = await schools.ListAllActiveAsync(ct);
        var targets = (await progress.OverviewAsync(year, request.Basis, ct)).Select(TargetLine.From).ToList();
        var filed = await completeness.ForYearAsync(year, ct);

        var bySchool = schoolValues.GroupBy(v => v.PlaceCode ?? "").ToDictionary(g => g.Key, g => new FigureSet(g, PlaceCodes));
        var schoolLines = active.OrderBy(s => s.Type).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => SchoolFiguresOf(s, bySchool.GetValueOrDefault(s.Code) ?? new FigureSet([], PlaceCodes)))
            .ToList();
        var types = active.GroupBy(s => s.Type).OrderBy(g => g.Key).Select(g =>
        {
            var students = g.Select(s => bySchool.GetValueOrDefault(s.Code)?[EnrolmentTotal].Value).OfType<decimal>().ToList();
            decimal? sum = students.Count > 0 ? students.Sum() : null;
            return new TypeLine(ReportHeaders.TypeName(g.Key), g.Count(), sum, ReportText.WithUnit(sum, "人", 0));
        }).ToList();
        var counties = countyValues.GroupBy(v => v.PlaceCode ?? "").Select(g =>
        {
            var f = new FigureSet(g, PlaceCodes);
            return new CountyLine(g.Key, g.First().PlaceName, active.Count(s => s.CountyCode == g.Key), f[EnrolmentTotal], f[FulltimeTeachers],
                f[StudentTeacherRatio], f[DualRatio]);
        }).Where(c => c.Schools > 0).ToList();

        var title = $"{ReportHeaders.City}中等职业教育质量年度报告（{ReportText.SchoolYear(year)}）";
        return new CityReportModel(
            ReportHeaders.Create(request, title, ReportHeaders.City, clock.GetUtcNow().UtcDateTime),
            narrative,
            city.HasData || targets.Any(t => t.HasValue),
            city.All,
            Scale: [city.Row(EnrolmentTotal), city.Row(EnrolmentSecondary), city.Row(EnrolmentHigher), city.Row(EnrolmentAssociate),
                city.Row(EnrolmentBachelor), city.Row(EnrolmentAdvancedPlus), city.Row(MajorsOffered), TableRow.NotCollected("招生数、毕业生数")],
            Facilities: [city.Row(CityNewSecondaryPlaces), city.Row(CityIntegrationBases), city.Row(CityVirtualBases),
                city.Row(CollegeBuildOutArea), city.Row(CollegeBuildOutPlaces), TableRow.NotCollected("生均校舍建筑面积"),
                TableRow.NotCollected("生均教学仪器设备值")],
            Teachers: [city.Row(FulltimeTeachers), city.Row(StudentTeacherRatio), city.Row(ProfessionalShare),
                city.Row(FulltimeDualShare), city.Row(DualRatio), city.Row(SeniorTitleShare)],
            Students: [city.Row(EnrolmentSecondary), city.Row(XCertificationRate), city.Row(Apprentices),
                TableRow.NotCollected("毕业生就业率、升学率"), TableRow.NotCollected("学生体质健康达标率")],
            Majors: [city.Row(MajorsOffered), city.Row(PracticeHourShare), city.Row(CityHighLevelMajors),
                city.Row(CityHighLevelColleges)],
            Cooperation: [city.Row(PartnerEnterprises), city.Row(EnterpriseParticipation), city.Row(CityIndustryColleges),
                city.Row(CityModelIntegrationColleges), city.Row(CollegeInternshipsBackbone), TableRow.NotCollected("职业教育集团（联盟）数")],
            Certificates: [city.Row(XMajorCoverage), city.Row(XTrainingRate), city.Row(XCertificationRate)],
            Apprenticeship: [city.Row(Apprentices), city.Row(ApprenticeshipRatio)],
            Contribution: [city.Row(TrainingPersonTimes), city.Row(TrainingToEnrolment), city.Row(CityTrainingPersonTimes),
                city.Row(CollegeNewSkilled), city.Row(CollegeSocialTraining), TableRow.NotCollected("对口支援")],
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
        new(ReportHeaders.Line(school), f[EnrolmentTotal], f[FulltimeTeachers], f[StudentTeacherRatio], f[DualRatio],
            f[PracticeHourShare], Summaries.BelowStandard(f.All.Values));
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
