using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Pages.Enterprises;

[Authorize(Policy = InstitutionsPermissions.EnterprisesManage)]
public sealed class EditModel(IEnterpriseRegister enterprises) : ZmdPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public EnterpriseInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            try
            {
                var e = await enterprises.GetAsync(id, ct);
                Input = new EnterpriseInput { Name = e.Name, CreditCode = e.CreditCode, Size = e.Size, Industry = e.Industry };
            }
            catch (BusinessException ex) when (ex.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }
        }

        return Page();
    }

    [RequirePermission(InstitutionsPermissions.EnterprisesManage, "POST /api/enterprises", "PUT /api/enterprises/{id:guid}")]
    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        _ = Id is { } id ? await enterprises.UpdateAsync(id, Input, ct) : await enterprises.CreateAsync(Input, ct);
        StatusMessage = L["Common:Saved"].Value;
        return RedirectToPage("/Enterprises/Index");
    }, nameof(Input));

    [RequirePermission(InstitutionsPermissions.EnterprisesManage, "DELETE /api/enterprises/{id:guid}")]
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        await enterprises.DeleteAsync(id, ct);
        StatusMessage = L["Enterprises:Deleted"].Value;
        return RedirectToPage("/Enterprises/Index");
    }
}
