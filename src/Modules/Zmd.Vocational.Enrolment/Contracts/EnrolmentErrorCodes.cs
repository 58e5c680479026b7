namespace Zmd.Vocational.Enrolment.Contracts;

/// <summary>Row checks of the student roster and the majors offered. Each code is also the localization key of its message.</summary>
public static class EnrolmentErrorCodes
{
    /// <summary>The birth date differs from the one in the ID number (digits 7–14; never quoted: it is what the mask hides).</summary>
    public const string BirthDateMismatch = "Enrolment:BirthDateMismatch";

    /// <summary>The gender differs from the ID number's 17th digit ({digit}; odd = male).</summary>
    public const string GenderMismatch = "Enrolment:GenderMismatch";

    /// <summary>The entry year ({entryYear}) is before birth year + 10 ({earliest}) or after the latest possible year ({latest}).</summary>
    public const string EntryYearImplausible = "Enrolment:EntryYearImplausible";

    /// <summary>A major's practice teaching hours ({practiceHours}) exceed its total teaching hours ({totalHours}).</summary>
    public const string PracticeHoursExceedTotal = "Enrolment:PracticeHoursExceedTotal";
}
