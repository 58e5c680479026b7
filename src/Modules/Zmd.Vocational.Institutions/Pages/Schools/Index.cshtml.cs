using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Pages.Schools;

/// <summary>The school register for the bureau; a school user sees their own school only (the data filter does it).</summary>
[Authorize(Policy = InstitutionsPermissions.SchoolsView)]
public sealed class IndexModel(ISchoolDirectory schools, ICountyDirectory counties, IPermissionChecker permissions, ICurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public SchoolType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? County { get; set; }

    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];
    public IReadOnlyList<CountyDto> Counties { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool IsOwnSchoolOnly => !currentUser.SeesAllSchools();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Schools = await schools.ListAsync(new SchoolQuery(Search, Type, County), ct);
        Counties = await counties.ListAsync(ct);
        CanManage = await permissions.IsGrantedAsync(User, InstitutionsPermissions.SchoolsManage, ct);
    }
}
