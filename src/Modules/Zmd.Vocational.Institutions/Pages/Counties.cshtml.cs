using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Pages;

[Authorize(Policy = InstitutionsPermissions.CountiesView)]
public sealed class CountiesModel(ICountyDirectory counties) : PageModel
{
    public IReadOnlyList<CountyDto> Counties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Counties = await counties.ListAsync(ct);
}
