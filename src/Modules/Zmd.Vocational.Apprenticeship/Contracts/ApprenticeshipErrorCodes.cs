namespace Zmd.Vocational.Apprenticeship.Contracts;

/// <summary>Row checks of the apprenticeship datasets. Each code is also the localization key of its message.</summary>
public static class ApprenticeshipErrorCodes
{
    /// <summary>A cohort's end date is not after its start date ({startDate}, yyyy-MM-dd).</summary>
    public const string EndBeforeStart = "Apprenticeship:EndBeforeStart";

    /// <summary>A cohort without a mentor on one side (dual mentorship needs at least one school and one enterprise mentor).</summary>
    public const string MentorsRequired = "Apprenticeship:MentorsRequired";
}
