using System.Collections;
using System.Globalization;
using System.Text;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary><c>chart spec ['caption']</c>: a numbered figure ("图 2　在校生规模") drawn by the shared server-side charts
/// (the dashboards' own). The spec is a chart specification from the model (TrendChartSpec, BarChartSpec, TimelineSpec,
/// SparklineSpec), or an object built in the template: <c>{kind: 'bar', title, unit, items: [{label, value, highlight}],
/// reference, reference_label}</c>, <c>{kind: 'trend', title, unit, actual: [{year, value}], expected, forecast, target,
/// target_year}</c>, <c>{kind: 'sparkline', title, points, target}</c>. A sparkline is inline (no number, no caption). In
/// Markdown a figure is its caption and its values in words.</summary>
internal static class ReportCharts
{
    public static object? Chart(SandboxContext context, SourceSpan span, ScriptArray args)
    {
        var spec = args[0] is ScriptObject obj ? FromScript(context, span, obj) : args[0];
        var caption = args.Count > 1 ? context.ObjectToString(args[1]) : null;
        return spec switch
        {
            SparklineSpec s => new TrustedMarkup(context.Format == ReportFormat.Html
                ? "<span class=\"sparkline\">" + Sparkline.Render(s) + "</span>"
                : MarkupEscaper.Markdown(Describe(s.Points))),
            TrendChartSpec t => Figure(context, caption ?? t.Title, () => TrendChart.Render(t), () => Describe(t.Actual)),
            BarChartSpec b => Figure(context, caption ?? b.Title, () => BarChart.Render(b),
                () => string.Join("；", b.Items.Select(i => i.Label + " " + (i.Value is { } v ? Num(v) : b.NoData)))),
            TimelineSpec l => Figure(context, caption ?? l.Title, () => TimelineChart.Render(l),
                () => string.Join("；", l.Items.Select(i => i.Label + " " + Date(i.PlannedStart) + "—" + Date(i.PlannedEnd)))),
            // No chart in the model (a section without data): nothing is drawn, and no figure number is used.
            null => new TrustedMarkup(""),
            _ => throw new ScriptRuntimeException(span, "`chart` needs a chart specification."),
        };
    }

    private static TrustedMarkup Figure(SandboxContext context, string caption, Func<string> svg, Func<string> words)
    {
        var number = context.Document.NextFigure();
        var label = context.Document.Text("Rendering:Figure") + " " + number.ToString(CultureInfo.InvariantCulture);
        if (context.Format == ReportFormat.Markdown)
        {
            return new TrustedMarkup("\n*" + MarkupEscaper.Markdown(label) + "　" + MarkupEscaper.Markdown(caption) + "*：" + MarkupEscaper.Markdown(words()) + "\n\n");
        }

        var sb = new StringBuilder();
        sb.Append("<figure class=\"chart\" id=\"fig-").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(svg())
            .Append("<figcaption><span class=\"caption-no\">").Append(MarkupEscaper.Html(label)).Append("</span>　")
            .Append(MarkupEscaper.Html(caption)).Append("</figcaption></figure>\n");
        return new TrustedMarkup(sb.ToString());
    }

    private static object FromScript(SandboxContext context, SourceSpan span, ScriptObject spec)
    {
        string Text(string name, string fallback = "") => Get(spec, name) is { } v ? context.ObjectToString(v) ?? fallback : fallback;
        var labels = new ChartLabels(context.Document.Text("Rendering:Chart.Actual"), context.Document.Text("Rendering:Chart.Expected"),
            context.Document.Text("Rendering:Chart.Target"), context.Document.Text("Rendering:Chart.Forecast"), context.Document.Text("Rendering:NoData"));
        return Text("kind") switch
        {
            "bar" => new BarChartSpec(Text("title"), Text("unit"),
                List(span, Get(spec, "items")).OfType<ScriptObject>()
                    .Select(i => new BarItem(Text2(context, i, "label"), Double(Get(i, "value")), context.ToBool(span, Get(i, "highlight")))).ToList(),
                Double(Get(spec, "reference")), Text("reference_label", labels.Target), Text("no_data", labels.NoData)),
            "trend" => new TrendChartSpec(Text("title"), Text("unit"), Points(span, Get(spec, "actual")),
                Get(spec, "expected") is null ? null : Points(span, Get(spec, "expected")),
                Double(Get(spec, "target")), ReportFunctions.ToDecimal(Get(spec, "target_year")) is { } ty ? (int)ty : null,
                Get(spec, "forecast") is null ? null : Points(span, Get(spec, "forecast")), labels),
            "sparkline" => new SparklineSpec(Points(span, Get(spec, "points")), Double(Get(spec, "target")), Text("title")),
            var kind => throw new ScriptRuntimeException(span, $"`chart` does not know the kind `{kind}` (bar, trend, sparkline)."),
        };
    }

    private static List<ChartPoint> Points(SourceSpan span, object? value) =>
        List(span, value).OfType<ScriptObject>()
            .Select(p => new ChartPoint(ReportFunctions.ToDecimal(Get(p, "year")) is { } y ? (int)y : throw new ScriptRuntimeException(span, "A chart point needs a year."),
                Double(Get(p, "value"))))
            .ToList();

    private static IEnumerable<object?> List(SourceSpan span, object? value) => value switch
    {
        null => [],
        IEnumerable list and not string => list.Cast<object?>(),
        _ => throw new ScriptRuntimeException(span, "A chart's series must be a list."),
    };

    private static object? Get(ScriptObject obj, string name) => obj.TryGetValue(name, out var value) ? value : null;

    private static string Text2(SandboxContext context, ScriptObject obj, string name) => Get(obj, name) is { } v ? context.ObjectToString(v) ?? "" : "";

    private static double? Double(object? value) => ReportFunctions.ToDecimal(value) is { } d ? (double)d : null;

    private static string Describe(IEnumerable<ChartPoint> points) =>
        string.Join("，", points.OrderBy(p => p.Year).Select(p => p.Year.ToString(CultureInfo.InvariantCulture) + "：" + (p.Value is { } v && double.IsFinite(v) ? Num(v) : "—")));

    private static string Num(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
