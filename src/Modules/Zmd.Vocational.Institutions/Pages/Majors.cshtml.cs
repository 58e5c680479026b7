using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Pages;

[Authorize(Policy = InstitutionsPermissions.MajorsView)]
public sealed class MajorsModel(IMajorCatalog majors) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public MajorLevel? Level { get; set; }

    public IReadOnlyList<MajorDto> Majors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Majors = await majors.ListAsync(Level, Search, ct);
}
