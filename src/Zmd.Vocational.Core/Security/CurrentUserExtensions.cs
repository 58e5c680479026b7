namespace Zmd.Vocational.Core.Security;

public static class CurrentUserExtensions
{
    /// <summary>Bureau staff and the system see every school. A school user, an anonymous caller, or a signed-in
    /// user with neither a school nor a bureau role sees none but their own (that is: none).</summary>
    public static bool SeesAllSchools(this ICurrentUser user) =>
        user.IsSystem || (user.IsAuthenticated && user.SchoolId is null && user.Roles.Any(RoleNames.IsBureauRole));

    /// <summary>Whether the user may touch data of the given school: their own, or any for bureau staff.</summary>
    public static bool CanAccessSchool(this ICurrentUser user, Guid schoolId) =>
        user.SeesAllSchools() || user.SchoolId == schoolId;
}
