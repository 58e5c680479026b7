using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Application;

internal sealed class SecurityLog(DbContext db, IHttpContextAccessor http, TimeProvider clock) : ISecurityLog
{
    public async Task WriteAsync(SecurityAction action, string userName, Guid? userId, string? detail = null, CancellationToken ct = default)
    {
        var request = http.HttpContext;
        var agent = request?.Request.Headers.UserAgent.ToString();
        db.Add(new SecurityLogEntry
        {
            Time = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = Truncate(userName, 256) ?? "",
            Action = action,
            ClientIp = request?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = Truncate(agent, 512),
            Detail = Truncate(detail, 512),
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<SecurityLogDto>> ListAsync(int take, CancellationToken ct = default) =>
        await db.Set<SecurityLogEntry>().AsNoTracking()
            .OrderByDescending(e => e.Time)
            .Take(Math.Clamp(take, 1, 1000))
            .Select(e => new SecurityLogDto(e.Time, e.UserName, e.Action, e.ClientIp, e.Detail))
            .ToListAsync(ct);

    private static string? Truncate(string? value, int max) =>
        string.IsNullOrEmpty(value) || value.Length <= max ? value : value[..max];
}
