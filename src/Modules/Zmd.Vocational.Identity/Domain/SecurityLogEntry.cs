using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Identity.Domain;

/// <summary>A sign-in related event: who, what, when, from where (ABP's security log). Append-only: no one changes or
/// removes an entry, not even an administrator.</summary>
internal sealed class SecurityLogEntry : Entity, IAppendOnly
{
    public DateTime Time { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = "";
    public SecurityAction Action { get; set; }
    public string? ClientIp { get; set; }
    public string? UserAgent { get; set; }
    public string? Detail { get; set; }
}
