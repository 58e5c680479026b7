using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Pages.Schools;

/// <summary>Create (no id) or edit a school in the register. Bureau only.</summary>
[Authorize(Policy = InstitutionsPermissions.SchoolsManage)]
public sealed class EditModel(ISchoolDirectory schools, ICountyDirectory counties) : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public SchoolInput Input { get; set; } = new();

    public IReadOnlyList<CountyDto> Counties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Counties = await counties.ListAsync(ct);
        if (Id is { } id)
        {
            try
            {
                var s = await schools.GetAsync(id, ct);
                Input = new SchoolInput { Code = s.Code, Name = s.Name, Type = s.Type, CountyCode = s.CountyCode, Ownership = s.Ownership, IsActive = s.IsActive };
            }
            catch (BusinessException ex) when (ex.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }
        }

        return Page();
    }

    [RequirePermission(InstitutionsPermissions.SchoolsManage, "POST /api/schools", "PUT /api/schools/{id:guid}")]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Counties = await counties.ListAsync(ct);
        return await RunAsync(async () =>
        {
            var saved = Id is { } id ? await schools.UpdateAsync(id, Input, ct) : await schools.CreateAsync(Input, ct);
            StatusMessage = L["Common:Saved"].Value;
            return RedirectToPage("/Schools/Details", new { id = saved.Id });
        }, nameof(Input));
    }
}
