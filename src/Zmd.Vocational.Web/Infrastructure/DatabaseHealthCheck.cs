using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Zmd.Vocational.Data;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>Healthy when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(VocationalDbContext db, DatabaseOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy(options.Provider.ToString())
                : HealthCheckResult.Unhealthy(options.Provider + ": cannot connect");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy(options.Provider + ": " + ex.GetType().Name);
        }
    }
}

/// <summary>A small JSON body for monitoring: overall status and each check, without internals.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
