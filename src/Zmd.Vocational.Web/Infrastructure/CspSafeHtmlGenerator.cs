using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>MVC's validation summary writes a placeholder <c>&lt;li style="display:none"&gt;</c> while there is no error,
/// an inline style the pages' Content-Security-Policy refuses (and reports). This writes it with the <c>hidden</c>
/// attribute instead, which means the same and needs no style. Everything else is MVC's own generator.</summary>
internal sealed class CspSafeHtmlGenerator : DefaultHtmlGenerator
{
    private readonly HtmlEncoder _encoder;

    public CspSafeHtmlGenerator(
        IAntiforgery antiforgery,
        IOptions<MvcViewOptions> options,
        IModelMetadataProvider metadataProvider,
        IUrlHelperFactory urlHelperFactory,
        HtmlEncoder htmlEncoder,
        ValidationHtmlAttributeProvider validationAttributeProvider)
        : base(antiforgery, options, metadataProvider, urlHelperFactory, htmlEncoder, validationAttributeProvider) =>
        _encoder = htmlEncoder;

    internal const string StyledPlaceholder = "<li style=\"display:none\"></li>";
    internal const string HiddenPlaceholder = "<li hidden></li>";

    public override TagBuilder GenerateValidationSummary(ViewContext viewContext, bool excludePropertyErrors, string message, string headerTag, object htmlAttributes)
    {
        var summary = base.GenerateValidationSummary(viewContext, excludePropertyErrors, message, headerTag, htmlAttributes);
        if (summary is null || !summary.HasInnerHtml)
        {
            return summary!;
        }

        using var writer = new StringWriter();
        summary.InnerHtml.WriteTo(writer, _encoder);
        var html = writer.ToString();
        if (html.Contains(StyledPlaceholder, StringComparison.Ordinal))
        {
            summary.InnerHtml.Clear();
            summary.InnerHtml.AppendHtml(html.Replace(StyledPlaceholder, HiddenPlaceholder, StringComparison.Ordinal));
        }

        return summary;
    }
}
