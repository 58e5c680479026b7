using Microsoft.AspNetCore.Http;
using Zmd.Vocational.Core.Localization;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>A bare error status that no handler explained (a wrong Content-Type refused by routing as 415, an unknown
/// API path as 404, a wrong method as 405) still gets a stable code ("Core:Http415") and a message in the caller's
/// language, like every business error; problems written by <see cref="BusinessExceptionHandler"/> keep their own.</summary>
internal static class StatusProblemDetails
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code") || problem.Status is not { } status)
        {
            return;
        }

        var code = "Core:Http" + status;
        var localizer = context.HttpContext.RequestServices.GetRequiredService<JsonStringLocalizer>();
        problem.Extensions["code"] = code;
        if (localizer[code] is { ResourceNotFound: false } detail)
        {
            problem.Detail = detail.Value;
        }

        if (localizer["Error:Status" + status] is { ResourceNotFound: false } title)
        {
            problem.Title = title.Value;
        }
    }
}
