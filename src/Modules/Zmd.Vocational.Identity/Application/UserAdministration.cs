using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Identity.Domain;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Identity.Application;

internal sealed class UserAdministration(
    UserManager<AppUser> users, ISchoolDirectory schools, ISecurityLog log, ICurrentUser currentUser, TimeProvider clock, DbContext db) : IUserAdministration
{
    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct = default)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<UserDto>(all.Count);
        foreach (var user in all)
        {
            result.Add(await ToDtoAsync(user));
        }

        return result;
    }

    public async Task<UserDto> CreateAsync(NewUserInput input, CancellationToken ct = default)
    {
        var userName = Guard.Required(input.UserName, "UserName", 64);
        var role = KnownRole(input.Role);
        var schoolId = await ResolveSchoolAsync(role, input.SchoolCode, ct);
        if (await users.FindByNameAsync(userName) is not null)
        {
            throw new BusinessException(IdentityErrorCodes.DuplicateUserName, ErrorKind.Conflict,
                new Dictionary<string, object?> { ["name"] = userName }, "UserName");
        }

        var user = new AppUser
        {
            UserName = userName,
            DisplayName = Guard.Optional(input.DisplayName, "DisplayName", 64) ?? userName,
            SchoolId = schoolId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, input.Password ?? "");
        if (!created.Succeeded)
        {
            throw PasswordError(created);
        }

        await users.AddToRoleAsync(user, role);
        await log.WriteAsync(SecurityAction.UserCreated, userName, user.Id, $"role={role}; by={currentUser.UserName}", ct);
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> ChangeRoleAsync(Guid id, UserRoleInput input, CancellationToken ct = default)
    {
        var user = await FindAsync(id);
        NotOwnAccount(user);
        var role = KnownRole(input.Role);
        var schoolId = await ResolveSchoolAsync(role, input.SchoolCode, ct);
        await db.InTransactionAsync("identity.change-role", async () =>
        {
            Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
            Check(await users.AddToRoleAsync(user, role));
            user.SchoolId = schoolId;
            Check(await users.UpdateAsync(user));
            await users.EndSessionsAsync(user);
            await log.WriteAsync(SecurityAction.RoleChanged, user.UserName ?? "", user.Id,
                $"role={role}; school={Guard.Optional(input.SchoolCode, "SchoolCode", 32) ?? "-"}; by={currentUser.UserName}", ct);
            return true;
        }, ct);
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> ResetPasswordAsync(Guid id, PasswordResetInput input, CancellationToken ct = default)
    {
        var user = await FindAsync(id);
        // Identity's reset (its validators and ours run; the stamp changes with the password) ...
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), input.Password ?? "");
        if (!reset.Succeeded)
        {
            throw PasswordError(reset);
        }

        // ... and the sessions end explicitly, whatever Identity's version does with the stamp.
        await users.EndSessionsAsync(user);
        await log.WriteAsync(SecurityAction.PasswordReset, user.UserName ?? "", user.Id, $"by={currentUser.UserName}", ct);
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> SetActiveAsync(Guid id, bool active, CancellationToken ct = default)
    {
        var user = await FindAsync(id);
        if (!active)
        {
            NotOwnAccount(user);
        }

        user.IsActive = active;
        Check(await users.UpdateAsync(user));
        await users.EndSessionsAsync(user);
        await log.WriteAsync(active ? SecurityAction.UserEnabled : SecurityAction.UserDisabled, user.UserName ?? "", user.Id, $"by={currentUser.UserName}", ct);
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> UnlockAsync(Guid id, CancellationToken ct = default)
    {
        var user = await FindAsync(id);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await log.WriteAsync(SecurityAction.UserUnlocked, user.UserName ?? "", user.Id, $"by={currentUser.UserName}", ct);
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> SignOutEverywhereAsync(Guid id, CancellationToken ct = default)
    {
        var user = await FindAsync(id);
        await users.EndSessionsAsync(user);
        await log.WriteAsync(SecurityAction.SessionsEnded, user.UserName ?? "", user.Id, $"by={currentUser.UserName}", ct);
        return await ToDtoAsync(user);
    }

    private async Task<AppUser> FindAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new BusinessException(IdentityErrorCodes.UserNotFound, ErrorKind.NotFound);

    /// <summary>Disabling oneself or changing one's own role could leave the system without an admin.</summary>
    private void NotOwnAccount(AppUser user)
    {
        if (currentUser.UserId == user.Id)
        {
            throw new BusinessException(IdentityErrorCodes.OwnAccount, ErrorKind.Conflict);
        }
    }

    private static string KnownRole(string? input)
    {
        var role = Guard.Required(input, "Role", 64);
        return RoleNames.All.Contains(role)
            ? role
            : throw new BusinessException(IdentityErrorCodes.UnknownRole, ErrorKind.Validation,
                new Dictionary<string, object?> { ["role"] = role, ["roles"] = string.Join(", ", RoleNames.All) }, "Role");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Code + " " + e.Description)));
        }
    }

    /// <summary>Identity's length and character rules first (a password must pass them anyway), then our own, which
    /// say exactly what else is wrong.</summary>
    private static BusinessException PasswordError(IdentityResult result)
    {
        var codes = result.Errors.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        codes.ExceptWith([PasswordPolicyValidator.ContainsUserNameCode, PasswordPolicyValidator.CommonCode]);
        if (codes.Count > 0)
        {
            return new BusinessException(IdentityErrorCodes.PasswordRejected, ErrorKind.Validation,
                new Dictionary<string, object?> { ["reason"] = string.Join(" ", result.Errors.Where(e => codes.Contains(e.Code)).Select(e => e.Description)) }, "Password");
        }

        return result.Errors.Any(e => e.Code == PasswordPolicyValidator.ContainsUserNameCode)
            ? new BusinessException(IdentityErrorCodes.PasswordContainsUserName, ErrorKind.Validation, field: "Password")
            : new BusinessException(IdentityErrorCodes.PasswordTooCommon, ErrorKind.Validation, field: "Password");
    }

    private async Task<Guid?> ResolveSchoolAsync(string role, string? schoolCode, CancellationToken ct)
    {
        var code = Guard.Optional(schoolCode, "SchoolCode", 32);
        if (role != RoleNames.SchoolFiler)
        {
            return code is null
                ? null
                : throw new BusinessException(IdentityErrorCodes.SchoolNotAllowed, ErrorKind.Validation, field: "SchoolCode");
        }

        if (code is null)
        {
            throw new BusinessException(IdentityErrorCodes.SchoolRequired, ErrorKind.Validation, field: "SchoolCode");
        }

        var school = await schools.FindByCodeAsync(code, ct)
            ?? throw new BusinessException(IdentityErrorCodes.UnknownSchool, ErrorKind.Validation,
                new Dictionary<string, object?> { ["code"] = code }, "SchoolCode");
        return school.Id;
    }

    private async Task<UserDto> ToDtoAsync(AppUser user) =>
        new(user.Id, user.UserName ?? "", user.DisplayName, (await users.GetRolesAsync(user)).ToList(), user.SchoolId,
            user.IsActive, await users.IsLockedOutAsync(user), user.CreatedAt);
}
