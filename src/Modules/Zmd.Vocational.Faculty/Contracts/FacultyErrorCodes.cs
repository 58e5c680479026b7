namespace Zmd.Vocational.Faculty.Contracts;

/// <summary>Row checks of the teacher roster. Each code is also the localization key of its message.</summary>
public static class FacultyErrorCodes
{
    /// <summary>A dual-qualified level other than 无 without the year it was recognised.</summary>
    public const string DualYearRequired = "Faculty:DualYearRequired";

    /// <summary>A dual-qualified level other than 无 for a teacher who is no professional-course teacher.</summary>
    public const string DualRequiresProfessional = "Faculty:DualRequiresProfessional";

    /// <summary>The year of recognition ({dualYear}) is after the latest possible year ({latest}).</summary>
    public const string DualYearInFuture = "Faculty:DualYearInFuture";
}
