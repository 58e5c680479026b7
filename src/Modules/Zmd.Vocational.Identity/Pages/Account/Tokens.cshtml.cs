using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Identity.Pages.Account;

/// <summary>The signed-in user's API tokens: create (secret shown once), list, revoke.</summary>
[Authorize(Policy = IdentityPermissions.OwnTokens)]
public sealed class TokensModel(IApiTokenService tokens, TimeProvider clock) : ZmdPageModel
{
    /// <summary>The host's clock, the same one that decides whether a token is still accepted.</summary>
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public sealed class TokenInput
    {
        public string? Name { get; set; }
        /// <summary>90 days unless the user chooses otherwise (1–365).</summary>
        public int? ExpiresInDays { get; set; } = 90;

        /// <summary>Read only unless the user asks for filing.</summary>
        public string? Scope { get; set; } = ApiTokenScopes.Read;
    }

    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public IReadOnlyList<ApiTokenDto> Tokens { get; private set; } = [];
    public string? CreatedSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListMineAsync(ct);

    [RequirePermission(IdentityPermissions.OwnTokens, "POST /api/account/tokens")]
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await RunAsync(async () =>
        {
            CreatedSecret = (await tokens.CreateAsync(new NewApiTokenInput(Input.Name, Input.ExpiresInDays, Input.Scope), ct)).Secret;
            Input = new TokenInput();
            return Page();
        });
        Tokens = await tokens.ListMineAsync(ct);
        return result;
    }

    [RequirePermission(IdentityPermissions.OwnTokens, "DELETE /api/account/tokens/{id:guid}")]
    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        await tokens.RevokeAsync(id, ct);
        return RedirectToPage();
    }
}
