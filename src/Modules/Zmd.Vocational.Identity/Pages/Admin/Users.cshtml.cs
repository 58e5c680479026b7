using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Identity.Pages.Admin;

[Authorize(Policy = IdentityPermissions.UsersView)]
public sealed class UsersModel(IUserAdministration admin, ISchoolDirectory schools, IPermissionChecker permissions) : ZmdPageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<UserDto> Users { get; private set; } = [];
    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> SchoolNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanManage { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    [RequirePermission(IdentityPermissions.UsersManage, "POST /api/identity/users")]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            await admin.CreateAsync(Input, ct);
            StatusMessage = L["Users:Created"].Value;
            return RedirectToPage();
        }, nameof(Input));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await admin.ListAsync(ct);
        Schools = await schools.ListAsync(new SchoolQuery(), ct);
        SchoolNames = Schools.ToDictionary(s => s.Id, s => s.Name);
        CanManage = await permissions.IsGrantedAsync(User, IdentityPermissions.UsersManage, ct);
    }
}
