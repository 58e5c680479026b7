using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>See <see cref="IReportRenderer"/>. One render: take the current template texts, copy the model into script
/// values, render the main template in a <see cref="SandboxContext"/>, then its layout (templates/_layout.{ext}.scriban
/// unless the template sets <c>layout = false</c> or another layout's name) with the report as <c>content</c>, then put in
/// the table of contents. Any failure is one Reporting:TemplateError; the output is returned only when complete.</summary>
internal sealed class ReportRenderer(ITemplateSource source, TemplateParseCache cache, JsonLocalizationStore texts, RenderLimits limits)
    : IReportRenderer
{
    public const string LayoutVariable = "layout";
    public const string ContentVariable = "content";
    public const string DefaultLayout = "_layout";

    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(JsonLocalizationStore.DefaultCulture);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public RenderLimits Limits => limits;

    public Task<RenderedReport> RenderAsync(string templateName, object model, ReportFormat format, CancellationToken ct) =>
        RenderAsync(templateName, model, format, Chinese, ct);

    public async Task<RenderedReport> RenderAsync(string templateName, object model, ReportFormat format, CultureInfo culture, CancellationToken ct)
    {
        if (!TemplateName.TryParse(templateName + "." + TemplateName.Ext(format), out var main) || main.Kind != TemplateKind.Main)
        {
            throw NotFound(templateName + "." + TemplateName.Ext(format));
        }

        var current = await source.CurrentAsync(ct);
        return Render(current, main, model, culture, ct);
    }

    /// <summary>Renders <paramref name="main"/> from the given texts (the current ones, or with an unsaved text in place for
    /// a preview).</summary>
    public RenderedReport Render(IReadOnlyDictionary<string, TemplateText> current, TemplateName main, object? model, CultureInfo culture, CancellationToken ct)
    {
        if (!current.ContainsKey(main.Path))
        {
            throw NotFound(main.Key);
        }

        var format = main.Format ?? ReportFormat.Html;
        var document = new ReportDocument(format, JsonLocalizationStore.Normalize(culture) == "en" ? English : Chinese, texts);
        var snapshot = new TemplateSnapshot(current, cache, format);
        var globals = ScriptModel.ToScriptObject(model, limits.MaxModelDepth);
        var modelObject = (ScriptObject)globals.Clone(false);
        globals.SetValue("model", modelObject, true);
        ReportFunctions.Register(globals);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(limits.Timeout);
        var context = new SandboxContext(Builtins(), document, limits, snapshot, deadline.Token);
        context.PushGlobal(globals);
        var currentPath = main.Path;
        try
        {
            var output = snapshot.Parsed(default, main.Path).Render(context);
            var layout = Layout(globals, format, snapshot);
            if (layout is not null)
            {
                currentPath = layout.Path;
                globals.SetValue(ContentVariable, new TrustedMarkup(output), true);
                output = snapshot.Parsed(default, layout.Path).Render(context);
            }

            output = document.InsertToc(output);
            if (format == ReportFormat.Markdown)
            {
                output = MarkdownText.CollapseBlankLines(output);
            }

            if (output.Length > limits.MaxOutputChars)
            {
                throw new TemplateProblem(main.Path, 1, 1, $"The report is longer than the limit of {limits.MaxOutputChars} characters.").ToException();
            }

            return new RenderedReport(output, format, new Dictionary<string, string>(snapshot.Used, StringComparer.Ordinal));
        }
        catch (ScriptAbortException) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }
        catch (ScriptAbortException ex)
        {
            throw TemplateProblem.At(ex.Span, currentPath,
                $"The report took longer than {limits.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s to render (an endless loop?).").ToException();
        }
        catch (ScriptRuntimeException ex)
        {
            throw TemplateProblem.FromRuntime(ex, currentPath).ToException();
        }
        catch (InsufficientExecutionStackException)
        {
            throw TemplateProblem.At(context.CurrentNode?.Span ?? default, currentPath, "The template calls itself too deeply (recursion).").ToException();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not BusinessException and not OutOfMemoryException)
        {
            throw TemplateProblem.At(context.CurrentNode?.Span ?? default, currentPath, ex.Message).ToException();
        }
    }

    /// <summary>Scriban's builtins (string, math, array, date, html, …) with <c>include</c> writing its partial as markup
    /// and without <c>include_join</c>.</summary>
    private static ScriptObject Builtins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("include", new TrustedIncludeFunction(), true);
        builtins.Remove("include_join");
        return builtins;
    }

    private static TemplateName? Layout(ScriptObject globals, ReportFormat format, TemplateSnapshot snapshot)
    {
        if (!globals.TryGetValue(LayoutVariable, out var value))
        {
            var standard = TemplateName.ForLayout(DefaultLayout, format);
            return snapshot.Exists(standard) ? standard : null;
        }

        if (value is null or false || value is string { Length: 0 })
        {
            return null;
        }

        var name = value.ToString() ?? "";
        if (!TemplateName.TryParse(name + "." + TemplateName.Ext(format), out var layout) || layout.Kind != TemplateKind.Layout)
        {
            throw new TemplateProblem("layout", 1, 1, $"`{name}` is not a layout name (layouts start with '_', e.g. _layout).").ToException();
        }

        return snapshot.Exists(layout) ? layout : throw new TemplateProblem(layout.Path, 1, 1, $"There is no layout `{layout.Path}`.").ToException();
    }

    private static BusinessException NotFound(string key) =>
        new(TemplateErrorCodes.TemplateNotFound, ErrorKind.NotFound, new Dictionary<string, object?> { ["template"] = key });
}
