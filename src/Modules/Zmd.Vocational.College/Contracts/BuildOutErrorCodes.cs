namespace Zmd.Vocational.College.Contracts;

/// <summary>Business errors of the college's build-out. Each code is also the localization key of its message.</summary>
public static class BuildOutErrorCodes
{
    /// <summary>The user's school is not a technician college (or the school asked for is not one).</summary>
    public const string NotCollege = "College:NotCollege";

    public const string ProjectNotFound = "College:ProjectNotFound";
    public const string ReportNotFound = "College:ReportNotFound";

    /// <summary>Planned floor area ({value}) not above zero.</summary>
    public const string PlannedAreaInvalid = "College:PlannedAreaInvalid";

    /// <summary>Planned places ({value}) below zero.</summary>
    public const string PlannedPlacesInvalid = "College:PlannedPlacesInvalid";

    /// <summary>Budget ({value}) below zero.</summary>
    public const string BudgetInvalid = "College:BudgetInvalid";

    /// <summary>Planned completion ({completion}) before the planned start ({start}).</summary>
    public const string PlannedCompletionBeforeStart = "College:PlannedCompletionBeforeStart";

    /// <summary>Actual completion ({completion}) before the actual start ({start}).</summary>
    public const string CompletionBeforeStart = "College:CompletionBeforeStart";

    /// <summary>An actual completion date without an actual start.</summary>
    public const string CompletionWithoutStart = "College:CompletionWithoutStart";

    /// <summary>A report's completed floor area ({value}) below zero.</summary>
    public const string AreaNegative = "College:AreaNegative";

    /// <summary>A report's completed floor area ({value}) above the planned area ({planned}): {percent}% complete.</summary>
    public const string AreaOverPlanned = "College:AreaOverPlanned";

    public const string PlacesNegative = "College:PlacesNegative";

    /// <summary>Places delivered ({value}) above the places planned ({planned}).</summary>
    public const string PlacesOverPlanned = "College:PlacesOverPlanned";

    public const string SpentNegative = "College:SpentNegative";

    /// <summary>A report dated after today ({asOf}).</summary>
    public const string ReportInFuture = "College:ReportInFuture";

    /// <summary>A report dated before the project started ({asOf}, start {start}).</summary>
    public const string ReportBeforeStart = "College:ReportBeforeStart";

    /// <summary>The report is submitted or approved and cannot be edited, nor its attachments added or removed ({state}).</summary>
    public const string ReportLocked = "College:ReportLocked";

    /// <summary>An attachment over {max} MB.</summary>
    public const string AttachmentTooLarge = "College:AttachmentTooLarge";

    /// <summary>An attachment of a type other than photos, PDF and Office documents ({name}).</summary>
    public const string AttachmentType = "College:AttachmentType";
}
