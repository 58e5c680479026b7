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

    /// <summary>A request made with an API token outside the token's scope, refused with 403.</summary>
    TokenScopeRefused = 8,

    PasswordReset = 9,

    /// <summary>A new role or school (detail: both, and who changed them).</summary>
    RoleChanged = 10,
    UserDisabled = 11,
    UserEnabled = 12,
    UserUnlocked = 13,

    /// <summary>An admin ended every session of the user ("sign out everywhere").</summary>
    SessionsEnded = 14,

    /// <summary>An upload whose rows clashed with other schools' unusually often (Filing's cross-school duplicate check):
    /// school, dataset, year, rows and clashes in the detail.</summary>
    UnusualCrossSchoolClashes = 15,
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

public sealed class UserRoleInput
{
    public string? Role { get; set; }

    /// <summary>Required for a school filer, refused for bureau roles.</summary>
    public string? SchoolCode { get; set; }
}

public sealed class PasswordResetInput
{
    public string? Password { get; set; }
}

/// <summary>What an API token may do. <c>read</c>: GET and HEAD only. <c>file</c>: read, plus the school's filing work
/// (uploads and submissions under /api/filing, the college's reports under /api/college) — never identity management
/// or bureau writes. Within its scope a token still has exactly its owner's permissions and school.</summary>
public static class ApiTokenScopes
{
    public const string Read = "read";
    public const string File = "file";

    public static readonly IReadOnlyList<string> All = [Read, File];
}

public sealed record ApiTokenDto(Guid Id, string Name, string Prefix, string Scope, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

/// <summary>A new token: a name, a lifetime of 1–365 days and a scope (<see cref="ApiTokenScopes"/>), all required.</summary>
public sealed record NewApiTokenInput(string? Name, int? ExpiresInDays, string? Scope);

/// <summary>The token text is returned once, at creation, and never stored.</summary>
public sealed record CreatedApiTokenDto(ApiTokenDto Token, string Secret);

public sealed record SecurityLogDto(DateTime Time, string UserName, SecurityAction Action, string? ClientIp, string? Detail);
