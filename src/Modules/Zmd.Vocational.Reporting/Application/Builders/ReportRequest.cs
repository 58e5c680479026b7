using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Application.Builders;

/// <summary>Which report to build: the kind, the school year, the school (school and college reports, already checked
/// by <see cref="ReportAccess"/>), and which data counts.</summary>
internal sealed record ReportRequest(ReportKind Kind, int Year, SchoolDto? School, DataBasis Basis)
{
    public string Template => ReportTemplates.NameOf(Kind);

    public string Scope => School?.Code ?? Domain.ReportEdition.CityScope;
}

/// <summary>Gathers one kind of report's model from the other modules' contracts. Gathering only: nothing is rendered
/// here, so the time spent on data and on templates can be measured apart.</summary>
internal interface IReportModelBuilder
{
    ReportKind Kind { get; }

    /// <summary>The codes the model offers its templates as <c>figures['code']</c> (empty when it has no figures): what a
    /// template of this kind may name, checked at start-up, on a template save and before each render.</summary>
    IReadOnlySet<string> Figures { get; }

    /// <summary>Indicator codes another module reads for this report through its contract (the college dashboard's),
    /// checked against the catalog at start-up like <see cref="IndicatorCode"/>'s.</summary>
    IEnumerable<string> IndicatorsReadElsewhere => [];

    Task<IReportModel> BuildAsync(ReportRequest request, NarrativeModel narrative, CancellationToken ct);
}

internal static class ReportHeaders
{
    public const string City = "驻马店市";

    public static ReportHeader Create(ReportRequest request, string title, string place, DateTime now) =>
        new(request.Template, title, request.Year, ReportText.SchoolYear(request.Year), place, request.School?.Code,
            request.Basis == DataBasis.Provisional, request.Basis == DataBasis.Provisional ? "含已提交、尚未审核的数据（临时数据）" : "已审核数据",
            now, Display.Time(now) + "（北京时间）");

    public static string TypeName(SchoolType type) => type switch
    {
        SchoolType.SecondaryVocational => "中职",
        SchoolType.HigherVocational => "高职（专科）",
        SchoolType.VocationalBachelor => "职业本科",
        SchoolType.SkilledWorkerSchool => "技工院校",
        SchoolType.TechnicianCollege => "技师学院",
        _ => type.ToString(),
    };

    public static SchoolLine Line(SchoolDto s) =>
        new(s.Code, s.Name, TypeName(s.Type), s.CountyName, s.Ownership == SchoolOwnership.Private ? "民办" : "公办");
}
