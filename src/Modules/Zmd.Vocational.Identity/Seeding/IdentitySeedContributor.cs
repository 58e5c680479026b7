using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Identity.Application;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Seeding;

/// <summary>Roles and their default permission grants on every start (missing grants are added, none removed, so a
/// bureau's own changes survive); demo users only when asked. Runs after Institutions, which the demo filers need.</summary>
internal sealed class IdentitySeedContributor(
    DbContext db, RoleManager<AppRole> roles, IUserAdministration userAdmin, UserManager<AppUser> users,
    PermissionRegistry registry, PermissionChecker checker, ILogger<IdentitySeedContributor> logger) : IDataSeedContributor
{
    public int Order => 30;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        foreach (var role in RoleNames.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new AppRole(role));
            }
        }

        await SeedGrantsAsync(ct);
        if (context.IncludeDemoData)
        {
            await SeedDemoUsersAsync(ct);
        }
    }

    private async Task SeedGrantsAsync(CancellationToken ct)
    {
        var existing = (await db.Set<PermissionGrant>().Select(g => new { g.RoleName, g.Permission }).ToListAsync(ct))
            .Select(g => (g.RoleName, g.Permission)).ToHashSet();
        var added = 0;
        foreach (var permission in registry.All)
        {
            foreach (var role in permission.DefaultRoles.Where(r => !existing.Contains((r, permission.Name))))
            {
                db.Add(new PermissionGrant { RoleName = role, Permission = permission.Name });
                added++;
            }
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
            checker.Invalidate();
            logger.LogInformation("Granted {Count} default permissions.", added);
        }
    }

    private async Task SeedDemoUsersAsync(CancellationToken ct)
    {
        foreach (var (userName, displayName, role, schoolCode) in DemoUsers.All)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            await userAdmin.CreateAsync(new NewUserInput
            {
                UserName = userName, Password = DemoUsers.Password, DisplayName = displayName, Role = role, SchoolCode = schoolCode,
            }, ct);
            logger.LogWarning("Demo user created: {UserName} / {Password} ({Role}{School})", userName, DemoUsers.Password, role,
                schoolCode is null ? "" : ", school " + schoolCode);
        }
    }
}
