using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Pages.Schools;

[Authorize(Policy = InstitutionsPermissions.SchoolsView)]
public sealed class DetailsModel(ISchoolDirectory schools, IPermissionChecker permissions) : PageModel
{
    public SchoolDto School { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            School = await schools.GetAsync(id, ct);
        }
        catch (BusinessException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        CanManage = await permissions.IsGrantedAsync(User, InstitutionsPermissions.SchoolsManage, ct);
        return Page();
    }
}
