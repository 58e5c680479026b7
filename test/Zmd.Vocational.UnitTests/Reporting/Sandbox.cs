using System.Globalization;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Rendering;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.UnitTests.Reporting;

/// <summary>Renders templates given as texts (path under templates/ → text) through the real renderer.</summary>
internal static class Sandbox
{
    public static readonly JsonLocalizationStore Texts = new([typeof(ReportRenderer).Assembly, typeof(JsonLocalizationStore).Assembly]);

    public static ReportRenderer Renderer(IReadOnlyDictionary<string, string> files, RenderLimits? limits = null) =>
        new(new FakeTemplates(files), new TemplateParseCache(), Texts, limits ?? RenderLimits.Default);

    /// <summary>Renders templates/t.{html|md}.scriban with the model, with no layout unless the files give one.</summary>
    public static async Task<RenderedReport> RenderAsync(string main, object? model = null, ReportFormat format = ReportFormat.Html,
        RenderLimits? limits = null, Dictionary<string, string>? others = null, CultureInfo? culture = null)
    {
        var files = new Dictionary<string, string>(others ?? [], StringComparer.Ordinal) { ["t." + TemplateName.Ext(format) + ".scriban"] = main };
        return await Renderer(files, limits).RenderAsync("t", model ?? new { }, format, culture ?? ReportRenderer.Chinese, TestContext.Current.CancellationToken);
    }

    public static async Task<string> HtmlAsync(string main, object? model = null, Dictionary<string, string>? others = null) =>
        (await RenderAsync(main, model, ReportFormat.Html, others: others)).Content;

    /// <summary>The Reporting:TemplateError a render fails with.</summary>
    public static async Task<BusinessException> ErrorAsync(string main, object? model = null, RenderLimits? limits = null, Dictionary<string, string>? others = null)
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => RenderAsync(main, model, limits: limits, others: others));
        ex.Code.ShouldBe(TemplateErrorCodes.TemplateError);
        ex.Kind.ShouldBe(ErrorKind.Validation);
        return ex;
    }

    public static string Arg(this BusinessException ex, string name) => Convert.ToString(ex.Args[name], CultureInfo.InvariantCulture) ?? "";

    private sealed class FakeTemplates(IReadOnlyDictionary<string, string> files) : ITemplateSource
    {
        public Task<IReadOnlyDictionary<string, TemplateText>> CurrentAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<string, TemplateText>>(files.ToDictionary(
                kv => kv.Key,
                kv => new TemplateText(TemplateName.FromPath(kv.Key) ?? throw new ArgumentException("not a template path: " + kv.Key), kv.Value,
                    TemplateText.Hash(kv.Value), Overridden: false),
                StringComparer.Ordinal));
    }
}
