using System.Globalization;
using Zmd.Vocational.Core.Charts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Models;

/// <summary>What every report says about itself: which report, which school year (the year it starts: 2025 = 2025–26),
/// which place, on which data (approved only, or also submitted: provisional), generated when (UTC, and as Beijing
/// time text).</summary>
internal sealed record ReportHeader(
    string Template,
    string Title,
    int Year,
    string SchoolYear,
    string Place,
    string? SchoolCode,
    bool Provisional,
    string Basis,
    DateTime GeneratedAt,
    string GeneratedAtText);

/// <summary>The narrative parts, written by people and kept with the edition; empty strings when not written yet.</summary>
internal sealed record NarrativeModel(string Foreword, string Cases, string Problems, string Measures)
{
    public static readonly NarrativeModel Empty = new("", "", "", "");

    public bool HasForeword => Foreword.Length > 0;
    public bool HasCases => Cases.Length > 0;
    public bool HasProblems => Problems.Length > 0;
    public bool HasMeasures => Measures.Length > 0;

    /// <summary>Paragraphs of each part (split at blank lines or line breaks), for templates that print one &lt;p&gt; each.</summary>
    public IReadOnlyList<string> ForewordParagraphs => Paragraphs(Foreword);
    public IReadOnlyList<string> CasesParagraphs => Paragraphs(Cases);
    public IReadOnlyList<string> ProblemsParagraphs => Paragraphs(Problems);
    public IReadOnlyList<string> MeasuresParagraphs => Paragraphs(Measures);

    private static List<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
}

/// <summary>One indicator value as the report prints it. Value null = no data (never 0). Text: the value with its unit
/// ("50.00%", "1,234 人"), or "无数据". Standard: the national standard as text ("≤ 20"), MeetsStandard null without a
/// standard or a value.</summary>
internal sealed record Figure(
    string Code,
    string Name,
    string Unit,
    int Decimals,
    decimal? Value,
    string Text,
    decimal? Numerator,
    decimal? Denominator,
    int SchoolsCovered,
    int SchoolsInScope,
    bool Provisional,
    string? Standard,
    string? StandardSource,
    bool? MeetsStandard)
{
    public bool HasValue => Value is not null;

    public static Figure From(IndicatorValueDto v) =>
        new(v.Code, v.NameZh, v.Unit, v.Decimals, v.Value, ReportText.WithUnit(v.Value, v.Unit, v.Decimals), v.Numerator, v.Denominator,
            v.SchoolsCovered, v.SchoolsInScope, v.Provisional, v.Standard is { } s ? ReportText.Standard(s, v.Unit) : null, v.Standard?.Source,
            v.MeetsStandard);

    /// <summary>A figure the system does not hold (not collected, or nothing filed).</summary>
    public static Figure None(string code, string name, string unit, int decimals = 0) =>
        new(code, name, unit, decimals, null, ReportText.NoData, null, null, 0, 0, false, null, null, null);
}

/// <summary>A row of a report table: an item, its value as text, and where it comes from. Figure is null for an item the
/// system does not collect (Text then says so).</summary>
internal sealed record TableRow(string Item, string Text, Figure? Figure, string? Note)
{
    public bool HasValue => Figure?.HasValue == true;

    /// <summary>The national standard ("≤ 20:1"), or empty.</summary>
    public string Standard => Figure?.Standard ?? "";

    /// <summary>达标 / 未达标 against the standard, or empty.</summary>
    public string Result => Figure?.MeetsStandard switch { true => "达标", false => "未达标", _ => "" };

    /// <summary>How many schools' data the figure uses, of those in scope ("12/15"), or empty.</summary>
    public string Covered => Figure is { SchoolsInScope: > 0 } f ? $"{f.SchoolsCovered}/{f.SchoolsInScope}" : "";

    public static TableRow Of(Figure figure, string? item = null, string? note = null) => new(item ?? figure.Name, figure.Text, figure, note);

    public static TableRow NotCollected(string item, string? note = null) => new(item, ReportText.NotCollected, null, note);
}

/// <summary>A target of the plan in the report's year (<see cref="TargetProgressDto"/> with its texts).</summary>
internal sealed record TargetLine(
    string Code,
    string Name,
    string Section,
    string Unit,
    string Baseline,
    string Target,
    decimal? TargetValue,
    decimal? Actual,
    string ActualText,
    decimal? Expected,
    string ExpectedText,
    decimal? Gap,
    string GapText,
    string Status,
    string StatusText,
    decimal? Forecast,
    string ForecastText,
    bool? ForecastMeetsTarget,
    bool Provisional,
    string? Note,
    string ConflictsWith,
    IReadOnlyList<TargetYearLine> Years,
    TrendChartSpec Chart,
    SparklineSpec Spark)
{
    public bool HasValue => Actual is not null;

    public bool Behind => Status is nameof(TargetStatus.AtRisk) or nameof(TargetStatus.OffTrack);

    public static TargetLine From(TargetProgressDto p)
    {
        // Targets mix shares (50.5%), 万人 (0.35) and counts (60,000 m²): up to two decimals, no trailing zeros.
        const int decimals = -2;
        var baseline = p.BaselineValue is { } b
            ? ReportText.WithUnit(b, p.Unit, decimals) + (p.BaselineYear is { } y ? $"（{y}{(p.BaselineFromData ? "，首个有数据年份" : "")}）" : "")
            : "—";
        var target = p.TargetValue is { } t ? p.ComparatorSymbol + " " + ReportText.WithUnit(t, p.Unit, decimals) : p.TargetText ?? "—";
        return new TargetLine(p.TargetCode, p.NameZh, p.Section, p.Unit, baseline, target + $"（{p.TargetYear}）", p.TargetValue, p.Actual,
            ReportText.WithUnit(p.Actual, p.Unit, decimals), p.Expected, ReportText.WithUnit(p.Expected, p.Unit, decimals), p.Gap,
            p.Gap is { } g ? ReportText.Signed(g, decimals) : "—", p.Status.ToString(), ReportText.Status(p.Status), p.Forecast,
            ReportText.WithUnit(p.Forecast, p.Unit, decimals), p.ForecastMeetsTarget,
            p.Years.Any(y => y.Year == p.Year && y.Provisional), p.TrackingNote, string.Join("、", p.ConflictsWith),
            p.Years.Select(y => new TargetYearLine(y.Year, y.Actual, ReportText.WithUnit(y.Actual, p.Unit, decimals), y.Expected, y.Status.ToString(),
                ReportText.Status(y.Status))).ToList(),
            Trend(p), new SparklineSpec(p.Years.Select(y => new ChartPoint(y.Year, Double(y.Actual))).ToList(), Double(p.TargetValue), p.NameZh));
    }

    /// <summary>The dashboards' trend chart of a target (as <see cref="TargetCharts.Trend"/> draws it): actual values, the
    /// straight expected path from the baseline to the target, the target line and the forecast.</summary>
    private static TrendChartSpec Trend(TargetProgressDto p)
    {
        var actual = p.Years.Select(y => new ChartPoint(y.Year, Double(y.Actual))).ToList();
        List<ChartPoint>? expected = p.BaselineYear is { } by && p.BaselineValue is { } bv && p.TargetValue is { } tv
            ? [new ChartPoint(by, (double)bv), new ChartPoint(p.TargetYear, (double)tv)]
            : null;
        if (p.BaselineYear is { } year && p.BaselineValue is { } value && !p.BaselineFromData && actual.All(a => a.Year != year))
        {
            actual.Insert(0, new ChartPoint(year, (double)value));
        }

        var last = p.Years.LastOrDefault(y => y.Actual is not null);
        List<ChartPoint>? forecast = last is not null && p.Forecast is { } f && p.TargetYear > last.Year
            ? [new ChartPoint(last.Year, Double(last.Actual)), new ChartPoint(p.TargetYear, (double)f)]
            : null;
        return new TrendChartSpec(p.TargetCode + " " + p.NameZh, p.Unit, actual, expected, Double(p.TargetValue), p.TargetYear, forecast, ReportText.ChartLabels);
    }

    private static double? Double(decimal? value) => value is { } v ? (double)v : null;
}

internal sealed record TargetYearLine(int Year, decimal? Actual, string ActualText, decimal? Expected, string Status, string StatusText);

/// <summary>How many targets stand in each status.</summary>
internal sealed record StatusCount(string Status, string StatusText, int Count);

/// <summary>Texts of numbers and statuses in the reports: Chinese, invariant digits with thousands separators.</summary>
internal static class ReportText
{
    public const string NoData = "无数据";
    public const string NotCollected = "未采集";

    public static readonly ChartLabels ChartLabels = new("实际值", "预期路径", "目标值", "预测", NoData);

    /// <summary>Fixed decimals ("N2": 1,234.50); a negative count means "up to that many, without trailing zeros".</summary>
    public static string Number(decimal? value, int decimals) =>
        value is not { } v ? NoData
        : decimals < 0 ? v.ToString("#,0." + new string('#', Math.Min(-decimals, 6)), CultureInfo.InvariantCulture)
        : v.ToString("N" + Math.Min(decimals, 6), CultureInfo.InvariantCulture);

    public static string WithUnit(decimal? value, string unit, int decimals) =>
        value is null ? NoData : unit switch
        {
            "%" => Number(value, decimals) + "%",
            ":1" => Number(value, decimals) + ":1",
            "" => Number(value, decimals),
            _ => Number(value, decimals) + " " + unit,
        };

    public static string Signed(decimal value, int decimals) => (value > 0 ? "+" : "") + Number(value, decimals);

    public static string Percent(decimal? value) => WithUnit(value, "%", 1);

    public static string Standard(StandardDto s, string unit) =>
        (s.Comparator switch { TargetComparator.AtLeast => "≥ ", TargetComparator.AtMost => "≤ ", _ => "= " })
        + s.Value.ToString("0.##", CultureInfo.InvariantCulture) + (unit is "%" or ":1" ? unit : "");

    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.NoData => "无数据",
        TargetStatus.NotApplicable => "无数值目标",
        TargetStatus.Achieved => "已达成",
        TargetStatus.OnTrack => "正常推进",
        TargetStatus.AtRisk => "存在风险",
        TargetStatus.OffTrack => "明显滞后",
        _ => status.ToString(),
    };

    public static string SchoolYear(int year) => $"{year}—{year + 1} 学年";
}
