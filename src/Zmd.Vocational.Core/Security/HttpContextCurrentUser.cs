using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Zmd.Vocational.Core.Security;

/// <summary>The current user of a web request. Outside a request (start-up seeding, hosted work) it is the system.</summary>
public sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsSystem => accessor.HttpContext is null;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsSystem ? SystemCurrentUser.Name : Principal?.Identity?.Name;

    public Guid? SchoolId => IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(ZmdClaimTypes.SchoolId), out var id) ? id : null;

    public IReadOnlyCollection<string> Roles =>
        IsAuthenticated ? Principal!.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray() : [];
}

/// <summary>The CLI and other work not done for a person.</summary>
public sealed class SystemCurrentUser : ICurrentUser
{
    public const string Name = "system";

    public bool IsSystem => true;
    public bool IsAuthenticated => true;
    public Guid? UserId => null;
    public string? UserName => Name;
    public Guid? SchoolId => null;
    public IReadOnlyCollection<string> Roles => [];
}
