using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>Login attempts per client IP address (after forwarded headers): Security:LoginRateLimit:PermitLimit posts
/// to POST /api/account/login and the login form together per WindowSeconds, then 429 with Retry-After until the window
/// ends, even with the right password. This slows password guessing across many accounts from one address; the
/// per-account lockout (Identity:Lockout) stops guessing one account from many addresses.</summary>
internal static class LoginRateLimiting
{
    public static IServiceCollection AddLoginRateLimiting(this IServiceCollection services, LoginRateLimitOptions limit) =>
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLoginAttempt(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("login:" + context.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limit.PermitLimit,
                        Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => RejectAsync(context, limit, ct);
        });

    internal static bool IsLoginAttempt(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return false;
        }

        var path = (request.Path.Value ?? string.Empty).TrimEnd('/');
        return path.Equals("/api/account/login", StringComparison.OrdinalIgnoreCase) || path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase);
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, LoginRateLimitOptions limit, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : limit.WindowSeconds;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LoginRateLimiting))
            .LogWarning("Login attempts from {Address} exceed {Limit} per {Window}s", http.Connection.RemoteIpAddress, limit.PermitLimit, limit.WindowSeconds);

        if (http.Request.Path.StartsWithSegments("/api"))
        {
            var localizer = http.RequestServices.GetRequiredService<JsonStringLocalizer>();
            var details = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = localizer["Error:Status429"].Value,
                Detail = localizer.Format(LoginThrottling.ErrorCode, new Dictionary<string, object?> { ["seconds"] = seconds }),
                Type = "urn:zmd:error:" + LoginThrottling.ErrorCode,
            };
            details.Extensions["code"] = LoginThrottling.ErrorCode;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details });
            return;
        }

        // The login form: run the login page anyway (status stays 429) so the person sees why; the page finds the item
        // and shows the message without checking the password.
        http.Items[LoginThrottling.RejectedItem] = seconds;
        if (http.GetEndpoint()?.RequestDelegate is { } page)
        {
            await page(http);
        }
    }
}
