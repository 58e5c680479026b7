namespace Zmd.Vocational.Faculty.Contracts;

public static class FacultyPermissions
{
    public const string Group = "Faculty";

    /// <summary>See teacher rosters and teacher figures (a school user: their own school's).</summary>
    public const string View = "Faculty.Teachers.View";
}
