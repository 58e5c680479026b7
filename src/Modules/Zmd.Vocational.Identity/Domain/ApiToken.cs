using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Identity.Domain;

/// <summary>A personal API token for a school's own system. Only a SHA-256 hash is stored; the token itself is shown once.</summary>
internal sealed class ApiToken : Entity
{
    public Guid UserId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The first characters of the token, so the owner can tell tokens apart without the secret.</summary>
    public string Prefix { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    /// <summary>Every token expires (1–365 days after creation); tokens made before expiry was required were given 90
    /// days from the migration that made it so.</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>"read" or "file" (<see cref="Contracts.ApiTokenScopes"/>).</summary>
    public string Scope { get; set; } = Contracts.ApiTokenScopes.Read;
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    public bool IsUsable(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
