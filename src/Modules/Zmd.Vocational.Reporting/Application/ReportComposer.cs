using System.Diagnostics;
using System.Text.Json;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Reporting.Application.Builders;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Reporting.Rendering;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.Reporting.Application;

/// <summary>A report gathered and rendered: the model, its JSON snapshot, the outputs, the template versions used, and
/// the time spent gathering the data versus rendering the templates.</summary>
internal sealed record ComposedReport(
    IReportModel Model,
    string Snapshot,
    string? Html,
    string? Markdown,
    IReadOnlyDictionary<string, string> TemplateVersions,
    double GatherMilliseconds,
    double RenderMilliseconds);

/// <summary>Builds a report's model with the builder of its kind (gathering), then renders the template in the wanted
/// formats (rendering), timing each apart. Before rendering, the templates in effect must name only figures the report
/// has (<see cref="ReportFigureCheck"/>).</summary>
internal sealed class ReportComposer(IEnumerable<IReportModelBuilder> builders, IReportRenderer renderer, ITemplateSource templates, ReportFigureCheck figures)
{
    public async Task<IReportModel> GatherAsync(ReportRequest request, NarrativeModel narrative, CancellationToken ct)
    {
        var builder = builders.FirstOrDefault(b => b.Kind == request.Kind)
                      ?? throw new InvalidOperationException($"No model builder for {request.Kind}.");
        return await builder.BuildAsync(request, narrative, ct);
    }

    public async Task<ComposedReport> ComposeAsync(ReportRequest request, NarrativeModel narrative, bool html, bool markdown, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var model = await GatherAsync(request, narrative, ct);
        var gather = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var formats = new List<ReportFormat>();
        if (html)
        {
            formats.Add(ReportFormat.Html);
        }

        if (markdown)
        {
            formats.Add(ReportFormat.Markdown);
        }

        figures.EnsureRenderable(await templates.CurrentAsync(ct), request.Template, formats);
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var htmlReport = html ? await renderer.RenderAsync(request.Template, model, ReportFormat.Html, ct) : null;
        var mdReport = markdown ? await renderer.RenderAsync(request.Template, model, ReportFormat.Markdown, ct) : null;
        foreach (var used in new[] { htmlReport?.TemplateVersions, mdReport?.TemplateVersions })
        {
            foreach (var (file, version) in used ?? new Dictionary<string, string>())
            {
                versions[file] = version;
            }
        }

        var render = clock.Elapsed.TotalMilliseconds;
        return new ComposedReport(model, Snapshot(model), htmlReport?.Content, mdReport?.Content, versions, gather, render);
    }

    /// <summary>The model as JSON (the API's shape: camelCase, enums by name, Chinese as is), kept with a published edition.</summary>
    public static string Snapshot(IReportModel model) => JsonSerializer.Serialize(model, model.GetType(), ZmdJson.Options);
}
