using System.Security.Claims;

namespace Zmd.Vocational.Identity.Contracts;

/// <summary>Sign-in and sign-out with the cookie, audited in the security log.</summary>
public interface IAccountService
{
    Task<CurrentUserDto> LoginAsync(LoginRequest request, CancellationToken ct = default);
    Task LogoutAsync(CancellationToken ct = default);
    Task<CurrentUserDto?> GetCurrentAsync(ClaimsPrincipal principal, CancellationToken ct = default);
}

/// <summary>The system admin's user management. Every change that touches how a user may sign in or what they may do
/// (password reset, role or school, disabling) ends all of that user's sessions at once, as does "sign out everywhere";
/// each is written to the security log.</summary>
public interface IUserAdministration
{
    Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct = default);
    Task<UserDto> CreateAsync(NewUserInput input, CancellationToken ct = default);

    /// <summary>A new role, and the school that goes with it (required for a school filer, refused otherwise).</summary>
    Task<UserDto> ChangeRoleAsync(Guid id, UserRoleInput input, CancellationToken ct = default);

    Task<UserDto> ResetPasswordAsync(Guid id, PasswordResetInput input, CancellationToken ct = default);

    /// <summary>Disables (no sign-in, no API token) or enables the account.</summary>
    Task<UserDto> SetActiveAsync(Guid id, bool active, CancellationToken ct = default);

    /// <summary>Lifts a lockout after failed sign-ins.</summary>
    Task<UserDto> UnlockAsync(Guid id, CancellationToken ct = default);

    /// <summary>Ends every session of the user (every browser, every copied cookie); API tokens are not affected.</summary>
    Task<UserDto> SignOutEverywhereAsync(Guid id, CancellationToken ct = default);
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
