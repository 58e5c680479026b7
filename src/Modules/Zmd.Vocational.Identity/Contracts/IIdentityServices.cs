using System.Security.Claims;

namespace Zmd.Vocational.Identity.Contracts;

/// <summary>Sign-in and sign-out with the cookie, audited in the security log.</summary>
public interface IAccountService
{
    Task<CurrentUserDto> LoginAsync(LoginRequest request, CancellationToken ct = default);
    Task LogoutAsync(CancellationToken ct = default);
    Task<CurrentUserDto?> GetCurrentAsync(ClaimsPrincipal principal, CancellationToken ct = default);
}

public interface IUserAdministration
{
    Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct = default);
    Task<UserDto> CreateAsync(NewUserInput input, CancellationToken ct = default);
}

/// <summary>The signed-in user's own API tokens.</summary>
public interface IApiTokenService
{
    Task<IReadOnlyList<ApiTokenDto>> ListMineAsync(CancellationToken ct = default);
    Task<CreatedApiTokenDto> CreateAsync(NewApiTokenInput input, CancellationToken ct = default);
    Task RevokeAsync(Guid id, CancellationToken ct = default);
}

public interface ISecurityLog
{
    Task WriteAsync(SecurityAction action, string userName, Guid? userId, string? detail = null, CancellationToken ct = default);
    Task<IReadOnlyList<SecurityLogDto>> ListAsync(int take, CancellationToken ct = default);
}
