using System.Security.Claims;

namespace Zmd.Vocational.Core.Security;

/// <summary>Answers whether a principal holds a permission, through the grants of its roles.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string permission, CancellationToken ct = default);
    Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken ct = default);
}
