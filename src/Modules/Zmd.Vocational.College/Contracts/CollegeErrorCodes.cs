namespace Zmd.Vocational.College.Contracts;

/// <summary>Row checks of the college's output datasets. Each code is also the localization key of its message.</summary>
public static class CollegeErrorCodes
{
    /// <summary>More people certified ({certified}) than skill assessments held ({assessments}) at one level.</summary>
    public const string CertifiedExceedAssessments = "College:CertifiedExceedAssessments";

    /// <summary>A studio established ({established}) after the school year filed ({year}–{end}).</summary>
    public const string StudioAfterYear = "College:StudioAfterYear";
}
