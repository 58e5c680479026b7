using Zmd.Vocational.Core.Http;

namespace Zmd.Vocational.Filing.Contracts;

/// <summary>How a filing's state is shown: past the deadline (a day in China), anything not yet with the bureau is
/// overdue. One rule for the status board and a school's checklist.</summary>
public static class FilingStatus
{
    public static bool IsPastDeadline(DateOnly deadline, DateTime utcNow) => DateOnly.FromDateTime(Display.ToChinaTime(utcNow)) > deadline;

    /// <param name="stored">The filing's state, or null when the school has not uploaded yet.</param>
    public static FilingState Shown(FilingState? stored, bool pastDeadline)
    {
        var state = stored ?? FilingState.NotStarted;
        return pastDeadline && state is FilingState.NotStarted or FilingState.Draft or FilingState.Returned ? FilingState.Overdue : state;
    }
}
