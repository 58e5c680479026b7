using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>Turns exceptions into RFC 7807 problem details: a business error keeps its stable code and gets a message
/// in the user's language; a malformed request is a 400; a write that found the database busy past its wait is a 409
/// (try again); anything else is a 500 that names only a trace id.</summary>
internal sealed class BusinessExceptionHandler(IProblemDetailsService problems, JsonStringLocalizer localizer, ILogger<BusinessExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, args, field) = exception switch
        {
            BusinessException be => ((int)be.Kind, be.Code, be.Args, be.Field),
            // Kestrel's own body limit (a page's upload past its RequestSizeLimit) is not a malformed request.
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "Core:Http413",
                (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(), (string?)null),
            BadHttpRequestException bad => (bad.StatusCode, "Core:InvalidRequest", (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(), (string?)null),
            _ when DatabaseBusy.Is(exception) => (StatusCodes.Status409Conflict, CoreErrorCodes.Busy, new Dictionary<string, object?>(), null),
            _ => (StatusCodes.Status500InternalServerError, CoreErrorCodes.Unexpected,
                new Dictionary<string, object?> { ["traceId"] = httpContext.TraceIdentifier }, null),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error {TraceId}", httpContext.TraceIdentifier);
        }

        var details = new ProblemDetails
        {
            Status = status,
            Title = localizer["Error:Status" + status].Value,
            Detail = localizer.Format(code, args),
            Type = "urn:zmd:error:" + code,
        };
        details.Extensions["code"] = code;
        if (field is not null)
        {
            details.Extensions["field"] = field;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
