using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Identity.Pages.Account;

/// <summary>POST only (with the anti-forgery token), so a link on another site cannot sign a user out.</summary>
public sealed class LogoutModel(IAccountService accounts) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await accounts.LogoutAsync(ct);
        return LocalRedirect("/");
    }
}
