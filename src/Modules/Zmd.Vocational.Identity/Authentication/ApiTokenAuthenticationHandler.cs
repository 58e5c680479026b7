using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Application;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Authentication;

/// <summary>"Authorization: Bearer zmd_…" for school systems calling the API. The token stands for its owner, with the
/// owner's roles and school, within the token's scope (<see cref="ApiTokenScopeMiddleware"/>); a revoked or expired
/// token, or an inactive or locked-out owner, is refused.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    DbContext db, UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ReadBearer(Request.Headers.Authorization.ToString());
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hash = ApiTokenService.Hash(secret);
        var token = await db.Set<ApiToken>().AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (token is null || !token.IsUsable(now))
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        var user = await users.FindByIdAsync(token.UserId.ToString());
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The API token's owner may not sign in.");
        }

        // Write LastUsedAt at most once a minute: a busy school system must not turn every read into a write.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            // In a transaction of its own: on SQLite it then waits its turn behind the uploads instead of racing them.
            await db.InTransactionAsync("identity.token-used", () => db.Set<ApiToken>().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted), Context.RequestAborted);
        }

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ZmdClaimTypes.ApiTokenId, token.Id.ToString()));
        identity.AddClaim(new Claim(ZmdClaimTypes.ApiTokenScope, token.Scope));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    internal static string? ReadBearer(string header) =>
        header.StartsWith("Bearer " + ApiTokenService.SecretPrefix, StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
}
