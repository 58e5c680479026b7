using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Identity.Pages.Admin;

[Authorize(Policy = IdentityPermissions.SecurityLogView)]
public sealed class SecurityLogModel(ISecurityLog log) : PageModel
{
    public IReadOnlyList<SecurityLogDto> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await log.ListAsync(300, ct);
}
