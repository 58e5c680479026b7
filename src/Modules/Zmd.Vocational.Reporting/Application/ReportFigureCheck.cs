using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Reporting.Application.Builders;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Rendering;
using Zmd.Vocational.Reporting.Templates;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Application;

/// <summary>Every figure code a report builder or a template names must exist: the builders' codes in the indicator
/// catalog (seeds/indicators.csv and seeds/city-measures.csv, as GET /api/indicators/definitions lists them), the
/// templates' <c>figures['code']</c> among what their report's builder offers (<see cref="IReportModelBuilder.Figures"/>).
/// Run at start-up (<see cref="FigureCheckAtStartup"/>), on a template check or save, and before each render, so an
/// unknown code fails where it is written and never prints 无数据; missing data still does.</summary>
internal sealed class ReportFigureCheck(IEnumerable<IReportModelBuilder> builders, IIndicatorService indicators, TemplateParseCache cache)
{
    public IReadOnlyDictionary<string, IReadOnlySet<string>> FiguresByReport() =>
        builders.ToDictionary(b => ReportTemplates.NameOf(b.Kind), b => b.Figures, StringComparer.Ordinal);

    /// <summary>The builders' codes that the catalog does not hold, each said with who names it.</summary>
    public IReadOnlyList<string> UnknownIndicators()
    {
        var catalog = indicators.Definitions().Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var own = IndicatorCode.All.Where(c => !catalog.Contains(c.Key.Value)).OrderBy(c => c.Key.Value, StringComparer.Ordinal)
            .Select(c => $"the report builders name the indicator '{c.Key.Value}' ({nameof(IndicatorCode)}.{c.Value}), which is not in {Catalog}");
        var elsewhere = builders.SelectMany(b => b.IndicatorsReadElsewhere.Where(code => !catalog.Contains(code))
            .Select(code => $"the {ReportTemplates.NameOf(b.Kind)} reads the indicator '{code}' through {b.GetType().Name}'s contracts, which is not in {Catalog}"));
        return [.. own, .. elsewhere];
    }

    public IReadOnlyList<FigureProblem> Problems(IReadOnlyDictionary<string, TemplateText> texts) => TemplateFigureCheck.Check(texts, FiguresByReport(), cache);

    /// <summary>Before a render: the report's templates in effect name only figures it offers. A template saved before
    /// the check existed, or a figure taken out of the catalog since, is refused here rather than printed as 无数据.</summary>
    public void EnsureRenderable(IReadOnlyDictionary<string, TemplateText> texts, string report, IEnumerable<ReportFormat> formats)
    {
        var mains = formats.Select(f => TemplateName.ForReport(report, f).Path).ToHashSet(StringComparer.Ordinal);
        if (Problems(texts).FirstOrDefault(p => mains.Contains(p.Main)) is { } problem)
        {
            throw ToException(problem);
        }
    }

    public static BusinessException ToException(FigureProblem problem) =>
        new(TemplateErrorCodes.UnknownFigure, ErrorKind.Validation, new Dictionary<string, object?>
        {
            ["template"] = problem.Template, ["line"] = problem.Line, ["column"] = problem.Column, ["code"] = problem.Code,
            ["report"] = problem.Report,
        });

    /// <summary>For the log of a host that refuses to start.</summary>
    public static string Describe(FigureProblem p) =>
        $"{p.Template} line {p.Line}, column {p.Column}: figures['{p.Code}'] is not a figure of {(p.Report.Length > 0 ? p.Report : "any report")} "
        + $"(its figures are indicators of {Catalog}; a school report has those of schools' filings only)";

    private const string Catalog = "seeds/indicators.csv or seeds/city-measures.csv";
}
