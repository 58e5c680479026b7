namespace Zmd.Vocational.Apprenticeship.Contracts;

public static class ApprenticeshipPermissions
{
    public const string Group = "Apprenticeship";

    /// <summary>See apprenticeship cohorts, partner enterprises and social training figures (a school user: their own
    /// school's).</summary>
    public const string View = "Apprenticeship.Cooperation.View";
}
