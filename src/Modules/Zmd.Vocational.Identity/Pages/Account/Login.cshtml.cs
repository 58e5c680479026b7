using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Identity.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(IAccountService accounts) : ZmdPageModel
{
    public sealed class LoginInput
    {
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public bool RememberMe { get; set; }
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Too many attempts from this address: the host's rate limiter already answered 429; say so, try nothing.
        if (LoginThrottling.IsRejected(HttpContext))
        {
            ModelState.AddModelError(string.Empty,
                L.Format(LoginThrottling.ErrorCode, new Dictionary<string, object?> { ["seconds"] = HttpContext.Items[LoginThrottling.RejectedItem] }));
            return Task.FromResult<IActionResult>(Page());
        }

        return LoginAsync(ct);
    }

    private Task<IActionResult> LoginAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await accounts.LoginAsync(new LoginRequest(Input.UserName, Input.Password, Input.RememberMe), ct);
        // Only local return URLs: never an open redirect.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    });
}
