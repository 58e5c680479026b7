namespace Zmd.Vocational.Identity.Contracts;

public enum SecurityAction
{
    LoginSucceeded = 1,
    LoginFailed = 2,
    LockedOut = 3,
    Logout = 4,
    TokenCreated = 5,
    TokenRevoked = 6,
    UserCreated = 7,
}

public sealed record LoginRequest(string? UserName, string? Password, bool RememberMe = false);

public sealed record CurrentUserDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId,
    IReadOnlyList<string> Permissions);

public sealed record UserDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? SchoolId,
    bool IsActive, bool IsLockedOut, DateTime CreatedAt);

public sealed class NewUserInput
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? DisplayName { get; set; }
    public string? Role { get; set; }

    /// <summary>Required for a school filer, refused for bureau roles.</summary>
    public string? SchoolCode { get; set; }
}

public sealed record ApiTokenDto(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

public sealed record NewApiTokenInput(string? Name, int? ExpiresInDays);

/// <summary>The token text is returned once, at creation, and never stored.</summary>
public sealed record CreatedApiTokenDto(ApiTokenDto Token, string Secret);

public sealed record SecurityLogDto(DateTime Time, string UserName, SecurityAction Action, string? ClientIp, string? Detail);
