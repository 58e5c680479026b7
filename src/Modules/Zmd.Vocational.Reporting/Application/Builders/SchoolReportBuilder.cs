using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Targets.Contracts;
using static Zmd.Vocational.Reporting.Application.Builders.IndicatorCode;

namespace Zmd.Vocational.Reporting.Application.Builders;

/// <summary>A school's own annual report: its figures (as GET /api/indicators?scope=school&amp;place=CODE), its quotas, its
/// filings of the year and, for 高职 and 职业本科, the five tables of the higher-vocational report. Everything through the
/// caller's identity: a school user gets their own school's figures only.</summary>
internal sealed class SchoolReportBuilder(
    IIndicatorService indicators, ITargetProgress progress, IFilingWorkflow filings, IDatasetCatalog datasets, TimeProvider clock)
    : IReportModelBuilder
{
    public ReportKind Kind => ReportKind.School;

    /// <summary>The indicators a school has (as GET /api/indicators?scope=school&amp;place=CODE): those of its own filings,
    /// not the city's figures.</summary>
    public IReadOnlySet<string> Figures => SchoolCodes().ToHashSet(StringComparer.Ordinal);

    public async Task<IReportModel> BuildAsync(ReportRequest request, NarrativeModel narrative, CancellationToken ct)
    {
        var school = request.School ?? throw new InvalidOperationException("A school report needs a school.");
        var codes = SchoolCodes();
        var f = new FigureSet(await FiguresAsync(new IndicatorQuery(request.Year, MonitoringScope.School, school.Code, codes, request.Basis), ct), codes);
        var quotas = await QuotasAsync(school.Code, request, ct);
        var filed = await filings.ListAsync(request.Year, school.Code, null, ct);
        var higher = school.Type is SchoolType.HigherVocational or SchoolType.VocationalBachelor;

        var title = $"{school.Name}质量年度报告（{ReportText.SchoolYear(request.Year)}）";
        var statement = $"{school.Name}郑重承诺：本报告中的数据均取自本校在驻马店职业教育监测系统中填报的{request.Year}—{request.Year + 1}学年数据"
                        + (request.Basis == DataBasis.Provisional ? "（含已提交、尚未审核的数据）" : "（经市教育局审核）")
                        + "，文字内容真实、准确、完整，无虚假记载和重大遗漏。如有不实，本校承担相应责任。";
        return new SchoolReportModel(
            ReportHeaders.Create(request, title, school.Name, clock.GetUtcNow().UtcDateTime),
            narrative,
            f.HasData,
            ReportHeaders.Line(school),
            higher,
            f.All,
            Scale: [f.Row(EnrolmentTotal), f.Row(EnrolmentSecondary), f.Row(EnrolmentAssociate), f.Row(EnrolmentBachelor),
                f.Row(EnrolmentAdvancedPlus), f.Row(MajorsOffered)],
            Teachers: [f.Row(FulltimeTeachers), f.Row(StudentTeacherRatio), f.Row(ProfessionalShare), f.Row(FulltimeDualShare),
                f.Row(DualRatio), f.Row(SeniorTitleShare)],
            Teaching: [f.Row(MajorsOffered), f.Row(PracticeHourShare), f.Row(XMajorCoverage), f.Row(XTrainingRate),
                f.Row(XCertificationRate)],
            Cooperation: [f.Row(PartnerEnterprises), f.Row(Apprentices), f.Row(ApprenticeshipRatio)],
            Contribution: [f.Row(TrainingPersonTimes), f.Row(TrainingToEnrolment)],
            f.All.Values.Where(v => v.Standard is not null).OrderBy(v => v.Code, StringComparer.Ordinal).ToList(),
            quotas.Select(q => new QuotaLine(q.TargetCode, q.NameZh, q.Unit, ReportText.WithUnit(q.Progress.Quota, q.Unit, -2),
                ReportText.WithUnit(q.Progress.Actual, q.Unit, -2), q.Progress.Gap is { } g ? ReportText.Signed(g, 2) : "—",
                q.Progress.Status.ToString(), ReportText.Status(q.Progress.Status))).ToList(),
            filed.OrderBy(x => x.DatasetCode, StringComparer.Ordinal).Select(x => new SchoolFilingLine(DatasetName(x.DatasetCode), StateName(x.State),
                x.RowCount, x.ReviewedAt is { } at ? Display.Time(at) : "—")).ToList(),
            higher ? Tables(f) : null,
            statement);
    }

    private List<string> SchoolCodes() => indicators.Definitions().Where(d => d.ForSchools).Select(d => d.Code).ToList();

    /// <summary>The school's figures; none (every item "无数据") for a school monitoring does not know yet (registered since
    /// its figures were last cached).</summary>
    private async Task<IReadOnlyList<IndicatorValueDto>> FiguresAsync(IndicatorQuery query, CancellationToken ct)
    {
        try
        {
            return await indicators.ValuesAsync(query, ct);
        }
        catch (BusinessException ex) when (ex.Code == TargetsErrorCodes.PlaceNotFound)
        {
            return [];
        }
    }

    private async Task<IReadOnlyList<SchoolQuotaDto>> QuotasAsync(string schoolCode, ReportRequest request, CancellationToken ct)
    {
        try
        {
            return await progress.SchoolQuotasAsync(schoolCode, request.Year, request.Basis, ct);
        }
        catch (BusinessException ex) when (ex.Code == TargetsErrorCodes.PlaceNotFound)
        {
            return [];
        }
    }

    /// <summary>The higher-vocational tables. What the system collects comes from the school's figures; the rest says
    /// 未采集 (the school adds it in the narrative if it wants), never an invented number.</summary>
    private static HigherVocationalTables Tables(FigureSet f) => new(
        ScoreCard:
        [
            f.Row(EnrolmentTotal), f.Row(FulltimeTeachers), f.Row(StudentTeacherRatio), f.Row(DualRatio), f.Row(PracticeHourShare),
            f.Row(XCertificationRate), f.Row(PartnerEnterprises), f.Row(TrainingPersonTimes),
            TableRow.NotCollected("毕业生就业率（%）"), TableRow.NotCollected("毕业生月收入（元）"), TableRow.NotCollected("雇主满意度（%）"),
        ],
        TeachingResources:
        [
            f.Row(StudentTeacherRatio), f.Row(FulltimeTeachers), f.Row(SeniorTitleShare), f.Row(DualRatio),
            f.Row(FulltimeDualShare), f.Row(MajorsOffered), f.Row(PracticeHourShare),
            TableRow.NotCollected("生均教学科研仪器设备值（元）"), TableRow.NotCollected("生均校内实践教学工位数（个）"),
            TableRow.NotCollected("生均纸质图书（册）"),
        ],
        ServiceContribution:
        [
            f.Row(TrainingPersonTimes), f.Row(TrainingToEnrolment), f.Row(PartnerEnterprises), f.Row(Apprentices),
            f.Row(XTrainingRate), TableRow.NotCollected("横向技术服务到款额（万元）"), TableRow.NotCollected("技术交易到款额（万元）"),
            TableRow.NotCollected("毕业生本地就业比例（%）"),
        ],
        PolicyImplementation:
        [
            TableRow.NotCollected("年生均财政拨款水平（元）"), TableRow.NotCollected("年生均财政专项经费（元）"),
            TableRow.NotCollected("教职工额定编制数（人）"), TableRow.NotCollected("企业兼职教师年课时总量（学时）"),
            TableRow.NotCollected("年支付企业兼职教师课酬（万元）"),
        ],
        InternationalInfluence:
        [
            TableRow.NotCollected("全日制国（境）外留学生人数（人）"), TableRow.NotCollected("非全日制国（境）外人员培训量（人日）"),
            TableRow.NotCollected("在校生服务“走出去”企业国（境）外实习时间（人日）"), TableRow.NotCollected("专任教师赴国（境）外指导和开展培训时间（人日）"),
            TableRow.NotCollected("开发并被国（境）外采用的专业教学标准数（个）"), TableRow.NotCollected("国（境）外技能大赛获奖数量（项）"),
        ]);

    private string DatasetName(string code)
    {
        try
        {
            return datasets.Get(code).NameZh;
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or BusinessException)
        {
            return code;
        }
    }

    private static string StateName(FilingState state) => state switch
    {
        FilingState.NotStarted => "未开始",
        FilingState.Draft => "草稿",
        FilingState.Submitted => "已提交待审核",
        FilingState.Returned => "已退回",
        FilingState.Approved => "已审核",
        FilingState.Overdue => "已逾期",
        _ => state.ToString(),
    };
}
