namespace Zmd.Vocational.Enrolment.Contracts;

public static class EnrolmentPermissions
{
    public const string Group = "Enrolment";

    /// <summary>See student rosters and enrolment figures (a school user: their own school's).</summary>
    public const string View = "Enrolment.Students.View";
}
