using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Identity.Pages.Admin;

/// <summary>The users: list for those who may view them; for admins also create, change role and school, reset the
/// password, disable or enable, unlock, and sign out everywhere — the same service, and so the same rules and security
/// log, as the API.</summary>
[Authorize(Policy = IdentityPermissions.UsersView)]
public sealed class UsersModel(IUserAdministration admin, ISchoolDirectory schools, IPermissionChecker permissions) : ZmdPageModel
{
    public sealed class ChangeInput
    {
        public Guid? UserId { get; set; }
        public string? Role { get; set; }
        public string? SchoolCode { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [BindProperty]
    public ChangeInput Change { get; set; } = new();

    public IReadOnlyList<UserDto> Users { get; private set; } = [];
    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> SchoolNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanManage { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    [RequirePermission(IdentityPermissions.UsersManage, "POST /api/identity/users")]
    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        ManageAsync(() => admin.CreateAsync(Input, ct), "Users:Created", nameof(Input), ct);

    [RequirePermission(IdentityPermissions.UsersManage, "PUT /api/identity/users/{id:guid}/role")]
    public Task<IActionResult> OnPostRoleAsync(CancellationToken ct) =>
        ManageAsync(() => admin.ChangeRoleAsync(Chosen(), new UserRoleInput { Role = Change.Role, SchoolCode = Change.SchoolCode }, ct),
            "Users:RoleChanged", nameof(Change), ct);

    [RequirePermission(IdentityPermissions.UsersManage, "PUT /api/identity/users/{id:guid}/password")]
    public Task<IActionResult> OnPostPasswordAsync(CancellationToken ct) =>
        ManageAsync(() => admin.ResetPasswordAsync(Chosen(), new PasswordResetInput { Password = Change.Password }, ct),
            "Users:PasswordReset", nameof(Change), ct);

    [RequirePermission(IdentityPermissions.UsersManage, "POST /api/identity/users/{id:guid}/sign-out")]
    public Task<IActionResult> OnPostSignOutAsync(Guid id, CancellationToken ct) =>
        ManageAsync(() => admin.SignOutEverywhereAsync(id, ct), "Users:SignedOutEverywhere", null, ct);

    [RequirePermission(IdentityPermissions.UsersManage, "POST /api/identity/users/{id:guid}/disable")]
    public Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct) =>
        ManageAsync(() => admin.SetActiveAsync(id, false, ct), "Users:Disabled", null, ct);

    [RequirePermission(IdentityPermissions.UsersManage, "POST /api/identity/users/{id:guid}/enable")]
    public Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct) =>
        ManageAsync(() => admin.SetActiveAsync(id, true, ct), "Users:Enabled", null, ct);

    [RequirePermission(IdentityPermissions.UsersManage, "POST /api/identity/users/{id:guid}/unlock")]
    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct) =>
        ManageAsync(() => admin.UnlockAsync(id, ct), "Users:Unlocked", null, ct);

    /// <summary>Runs one change (its permission is the handler's RequirePermission, as on its endpoint); refused business
    /// rules show on the page.</summary>
    private async Task<IActionResult> ManageAsync(Func<Task> change, string done, string? fieldPrefix, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            await change();
            StatusMessage = L[done].Value;
            return RedirectToPage();
        }, fieldPrefix);
    }

    private Guid Chosen() => Change.UserId ?? Guid.Empty;

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await admin.ListAsync(ct);
        Schools = await schools.ListAsync(new SchoolQuery(), ct);
        SchoolNames = Schools.ToDictionary(s => s.Id, s => s.Name);
        CanManage = await permissions.IsGrantedAsync(User, IdentityPermissions.UsersManage, ct);
    }
}
