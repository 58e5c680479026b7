using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Identity.Pages.Account;

/// <summary>The signed-in user's API tokens: create (secret shown once), list, revoke.</summary>
[Authorize(Policy = IdentityPermissions.OwnTokens)]
public sealed class TokensModel(IApiTokenService tokens) : ZmdPageModel
{
    public sealed class TokenInput
    {
        public string? Name { get; set; }
        public int? ExpiresInDays { get; set; } = 365;
    }

    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public IReadOnlyList<ApiTokenDto> Tokens { get; private set; } = [];
    public string? CreatedSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListMineAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await RunAsync(async () =>
        {
            CreatedSecret = (await tokens.CreateAsync(new NewApiTokenInput(Input.Name, Input.ExpiresInDays), ct)).Secret;
            Input = new TokenInput();
            return Page();
        });
        Tokens = await tokens.ListMineAsync(ct);
        return result;
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        await tokens.RevokeAsync(id, ct);
        return RedirectToPage();
    }
}
