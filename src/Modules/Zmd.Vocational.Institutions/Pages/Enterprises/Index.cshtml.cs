using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Pages.Enterprises;

[Authorize(Policy = InstitutionsPermissions.EnterprisesView)]
public sealed class IndexModel(IEnterpriseRegister enterprises, IPermissionChecker permissions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public IReadOnlyList<EnterpriseDto> Enterprises { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Enterprises = await enterprises.ListAsync(Search, ct);
        CanManage = await permissions.IsGrantedAsync(User, InstitutionsPermissions.EnterprisesManage, ct);
    }
}
