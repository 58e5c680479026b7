using Microsoft.AspNetCore.Localization;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>API callers may choose English with Accept-Language. Pages ignore the browser's header: they are Chinese
/// unless the user switched (cookie), as the bureau expects.</summary>
internal sealed class ApiAcceptLanguageProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _inner = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Request.Path.StartsWithSegments("/api")
            ? _inner.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
}
