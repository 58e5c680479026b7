using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Application;

/// <summary>Personal API tokens: 256 random bits, shown once, stored as SHA-256 (a fast hash is right here: the secret
/// is random and long, unlike a password). Users manage only their own tokens.</summary>
internal sealed class ApiTokenService(DbContext db, ICurrentUser currentUser, ISecurityLog log, TimeProvider clock) : IApiTokenService
{
    public const string SecretPrefix = "zmd_";
    public const int MaxExpiryDays = 365;

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public async Task<IReadOnlyList<ApiTokenDto>> ListMineAsync(CancellationToken ct = default)
    {
        var userId = RequireUser();
        return await db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt)
            .Select(t => new ApiTokenDto(t.Id, t.Name, t.Prefix, t.Scope, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
            .ToListAsync(ct);
    }

    public async Task<CreatedApiTokenDto> CreateAsync(NewApiTokenInput input, CancellationToken ct = default)
    {
        var userId = RequireUser();
        var name = Guard.Required(input.Name, "TokenName", 64);
        // Every token expires: a forgotten token of a school's old system must not stay a key forever.
        var days = Guard.Required(input.ExpiresInDays, nameof(input.ExpiresInDays));
        if (days is < 1 or > MaxExpiryDays)
        {
            throw new BusinessException(IdentityErrorCodes.InvalidExpiry, ErrorKind.Validation,
                new Dictionary<string, object?> { ["max"] = MaxExpiryDays }, nameof(input.ExpiresInDays));
        }

        var scope = Guard.Required(input.Scope, nameof(input.Scope), 8).ToLowerInvariant();
        if (!ApiTokenScopes.All.Contains(scope))
        {
            throw new BusinessException(IdentityErrorCodes.InvalidTokenScope, ErrorKind.Validation, field: nameof(input.Scope));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = userId,
            Name = name,
            Prefix = secret[..12],
            TokenHash = Hash(secret),
            CreatedAt = now,
            Scope = scope,
            ExpiresAt = now.AddDays(days),
        };
        db.Add(token);
        await db.SaveChangesAsync(ct);
        await log.WriteAsync(SecurityAction.TokenCreated, currentUser.UserName ?? "", userId, Describe(token), ct);
        return new CreatedApiTokenDto(new ApiTokenDto(token.Id, token.Name, token.Prefix, token.Scope, token.CreatedAt, token.ExpiresAt, null, null), secret);
    }

    public async Task RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var userId = RequireUser();
        var token = await db.Set<ApiToken>().FirstOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct)
            ?? throw BusinessException.NotFound(IdentityErrorCodes.TokenNotFound, id);
        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await log.WriteAsync(SecurityAction.TokenRevoked, currentUser.UserName ?? "", userId, Describe(token), ct);
        }
    }

    /// <summary>The security log's detail of a token: never the secret, only what tells it apart and what it may do.</summary>
    internal static string Describe(ApiToken token) =>
        $"token={token.Prefix} scope={token.Scope} expires={token.ExpiresAt:yyyy-MM-ddTHH:mm:ssZ}";

    private Guid RequireUser() =>
        currentUser.UserId ?? throw new BusinessException(Core.Errors.CoreErrorCodes.Unauthorized, ErrorKind.Unauthorized);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
