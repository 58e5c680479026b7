using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Application;

/// <summary>Grants are read once per minute into memory: every request checks permissions, grants change rarely.
/// <see cref="Invalidate"/> is called whenever grants are written.</summary>
internal sealed class PermissionChecker(IServiceScopeFactory scopes, IMemoryCache cache) : IPermissionChecker
{
    private const string CacheKey = "Identity:PermissionGrants";

    public async Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string permission, CancellationToken ct = default) =>
        (await GetGrantedAsync(principal, ct)).Contains(permission);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return new HashSet<string>();
        }

        var grants = await LoadAsync(ct);
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in principal.FindAll(ClaimTypes.Role))
        {
            if (grants.TryGetValue(role.Value, out var permissions))
            {
                granted.UnionWith(permissions);
            }
        }

        return granted;
    }

    public void Invalidate() => cache.Remove(CacheKey);

    private async Task<IReadOnlyDictionary<string, string[]>> LoadAsync(CancellationToken ct) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var rows = await db.Set<PermissionGrant>().AsNoTracking().Select(g => new { g.RoleName, g.Permission }).ToListAsync(ct);
            return (IReadOnlyDictionary<string, string[]>)rows.GroupBy(r => r.RoleName)
                .ToDictionary(g => g.Key, g => g.Select(r => r.Permission).ToArray(), StringComparer.Ordinal);
        }))!;
}
