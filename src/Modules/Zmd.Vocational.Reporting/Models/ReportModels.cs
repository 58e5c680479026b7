using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.Reporting.Models;

/// <summary>Any report model: the header and the narrative every template prints, and whether the year has any data.</summary>
internal interface IReportModel
{
    ReportHeader Report { get; }
    NarrativeModel Narrative { get; }
    bool HasData { get; }
}

/// <summary>A school as the reports name it.</summary>
internal sealed record SchoolLine(string Code, string Name, string Type, string County, string Ownership);

/// <summary>The city 中职 annual report (中职地市级年报). Figures: every city indicator of the year by code (the same values
/// as GET /api/indicators?scope=city). Chapters: 1 基本情况 (规模和结构: <see cref="SchoolTypes"/>, <see cref="Counties"/>;
/// 设施设备; 教师队伍), 2 学生发展, 3 质量保障措施 (<see cref="Filings"/>), 4 校企合作 (1+X, 现代学徒制), 5 社会贡献,
/// 6 政府履责 (<see cref="Targets"/>), 7 特色创新 (narrative), 8 问题与改进 (<see cref="TargetsBehind"/>,
/// <see cref="SchoolsBelowStandard"/> and the narrative).</summary>
internal sealed record CityReportModel(
    ReportHeader Report,
    NarrativeModel Narrative,
    bool HasData,
    Dictionary<string, Figure> Figures,
    IReadOnlyList<TableRow> Scale,
    IReadOnlyList<TableRow> Facilities,
    IReadOnlyList<TableRow> Teachers,
    IReadOnlyList<TableRow> Students,
    IReadOnlyList<TableRow> Majors,
    IReadOnlyList<TableRow> Cooperation,
    IReadOnlyList<TableRow> Certificates,
    IReadOnlyList<TableRow> Apprenticeship,
    IReadOnlyList<TableRow> Contribution,
    IReadOnlyList<TypeLine> SchoolTypes,
    IReadOnlyList<CountyLine> Counties,
    IReadOnlyList<SchoolFigures> Schools,
    IReadOnlyList<FilingLine> Filings,
    int FilingSchools,
    IReadOnlyList<TargetLine> Targets,
    IReadOnlyList<StatusCount> TargetSummary,
    IReadOnlyList<TargetLine> TargetsBehind,
    IReadOnlyList<SchoolFigures> SchoolsBelowStandard,
    BarChartSpec CountyChart,
    BarChartSpec RatioChart) : IReportModel;

/// <summary>Schools of one type: how many, and their students (the sum of the schools' enrolment; null when none filed).</summary>
internal sealed record TypeLine(string Type, int Schools, decimal? Students, string StudentsText);

/// <summary>A county's (or functional area's) figures.</summary>
internal sealed record CountyLine(string Code, string Name, int Schools, Figure Students, Figure Teachers, Figure StudentTeacherRatio, Figure DualRatio)
{
    public string StudentsText => Students.Text;
    public string TeachersText => Teachers.Text;
    public string RatioText => StudentTeacherRatio.Text;
    public string DualText => DualRatio.Text;
}

/// <summary>A school's key figures and the national standards it does not meet (names, e.g. "生师比 37.5:1（≤ 20:1）").</summary>
internal sealed record SchoolFigures(
    SchoolLine School, Figure Students, Figure Teachers, Figure StudentTeacherRatio, Figure DualRatio, Figure PracticeShare,
    IReadOnlyList<string> BelowStandard)
{
    public bool MeetsAll => BelowStandard.Count == 0;

    public string Name => School.Name;
    public string Type => School.Type;
    public string StudentsText => Students.Text;
    public string TeachersText => Teachers.Text;
    public string RatioText => StudentTeacherRatio.Text;
    public string DualText => DualRatio.Text;
    public string PracticeText => PracticeShare.Text;
    public string BelowText => BelowStandard.Count == 0 ? "—" : string.Join("；", BelowStandard);
}

/// <summary>How many schools have a dataset in each state for the year.</summary>
internal sealed record FilingLine(string Dataset, int Approved, int Submitted, int InProgress, int NotStarted);

/// <summary>A school's own annual report (一校一年报): its figures (as GET /api/indicators?scope=school&amp;place=CODE), the
/// national standards, its quotas of the city's targets, its filings of the year, and — for 高职 and 职业本科 — the five
/// tables 计分卡, 教学资源表, 服务贡献表, 落实政策表, 国际影响表; then the statement that the content is true.</summary>
internal sealed record SchoolReportModel(
    ReportHeader Report,
    NarrativeModel Narrative,
    bool HasData,
    SchoolLine School,
    bool HigherVocational,
    Dictionary<string, Figure> Figures,
    IReadOnlyList<TableRow> Scale,
    IReadOnlyList<TableRow> Teachers,
    IReadOnlyList<TableRow> Teaching,
    IReadOnlyList<TableRow> Cooperation,
    IReadOnlyList<TableRow> Contribution,
    IReadOnlyList<Figure> Standards,
    IReadOnlyList<QuotaLine> Quotas,
    IReadOnlyList<SchoolFilingLine> Filings,
    HigherVocationalTables? Tables,
    string Statement) : IReportModel;

/// <summary>The school's quota of a city target and its progress against it.</summary>
internal sealed record QuotaLine(string TargetCode, string Name, string Unit, string Quota, string Actual, string Gap, string Status, string StatusText);

internal sealed record SchoolFilingLine(string Dataset, string State, int Rows, string ReviewedAt);

/// <summary>The tables a higher-vocational school's report adds (高等职业教育质量年度报告). Items the system does not collect
/// say so (未采集) rather than showing a number.</summary>
internal sealed record HigherVocationalTables(
    IReadOnlyList<TableRow> ScoreCard,
    IReadOnlyList<TableRow> TeachingResources,
    IReadOnlyList<TableRow> ServiceContribution,
    IReadOnlyList<TableRow> PolicyImplementation,
    IReadOnlyList<TableRow> InternationalInfluence);

/// <summary>The target-progress brief: every target of the plan in the year — actual, expected, status, forecast.</summary>
internal sealed record TargetBriefModel(
    ReportHeader Report,
    NarrativeModel Narrative,
    bool HasData,
    IReadOnlyList<TargetLine> Targets,
    IReadOnlyList<StatusCount> Summary,
    IReadOnlyList<SectionLine> Sections,
    IReadOnlyList<TargetLine> Behind,
    IReadOnlyList<TargetLine> Conflicting) : IReportModel;

/// <summary>The targets of one section of the plan (专栏1, 专栏3-3 …), in the register's order.</summary>
internal sealed record SectionLine(string Section, IReadOnlyList<TargetLine> Targets);

/// <summary>The technician college's build-out report: its projects, the 专栏6 targets measured on its own data, its
/// trainees by level and the 技师学院设置标准 checks.</summary>
internal sealed record CollegeReportModel(
    ReportHeader Report,
    NarrativeModel Narrative,
    bool HasData,
    SchoolLine College,
    IReadOnlyList<ProjectLine> Projects,
    ProjectTotals Totals,
    IReadOnlyList<TargetLine> Targets,
    IReadOnlyList<TraineeLine> Trainees,
    decimal? AdvancedShare,
    string AdvancedShareText,
    IReadOnlyList<StandardLine> Standards,
    TimelineSpec Timeline) : IReportModel;

internal sealed record ProjectLine(
    string Name, string PlannedStart, string PlannedCompletion, string? ActualStart, string? ActualCompletion, decimal PlannedFloorArea,
    string PlannedFloorAreaText, decimal FloorAreaCompleted, string FloorAreaCompletedText, decimal? PercentComplete, string PercentCompleteText,
    int PlannedPlaces, int PlacesDelivered, decimal Budget, string BudgetText, decimal Spent, string SpentText, bool Finished, bool Late,
    bool OverBudget, string? LatestReportAsOf, string StateText);

internal sealed record ProjectTotals(string PlannedFloorArea, string FloorAreaCompleted, string PlannedPlaces, string PlacesDelivered,
    string Budget, string Spent, int Late, int OverBudget, int Finished);

internal sealed record TraineeLine(string Code, string Name, decimal? Students, string Text);

internal sealed record StandardLine(string Code, string Name, string Unit, decimal? Value, string ValueText, string Threshold, string Result, bool? Met);
