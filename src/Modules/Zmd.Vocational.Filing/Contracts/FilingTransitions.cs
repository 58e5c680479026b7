using Zmd.Vocational.Core.Errors;

namespace Zmd.Vocational.Filing.Contracts;

/// <summary>The workflow's rules in one place, for school filings and for anything else filed the same way (the bureau's
/// city figures): which action is allowed from which state, and where it leads. Returned and unlocked need a comment.</summary>
public static class FilingTransitions
{
    public static bool IsEditable(FilingState state) => state is FilingState.Draft or FilingState.Returned;

    /// <summary>The state after <paramref name="action"/> and the trimmed comment (null when blank). Throws
    /// Filing:InvalidTransition or Filing:CommentRequired.</summary>
    public static (FilingState Next, string? Comment) Next(FilingState state, FilingAction action, string? comment)
    {
        var allowed = action switch
        {
            FilingAction.Submitted => IsEditable(state),
            FilingAction.Approved or FilingAction.Returned => state == FilingState.Submitted,
            FilingAction.Unlocked => state == FilingState.Approved,
            _ => false,
        };
        if (!allowed)
        {
            throw new BusinessException(FilingErrorCodes.InvalidTransition, ErrorKind.Conflict,
                new Dictionary<string, object?> { ["state"] = state, ["action"] = action });
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (action is FilingAction.Returned or FilingAction.Unlocked && comment is null)
        {
            throw new BusinessException(FilingErrorCodes.CommentRequired, ErrorKind.Validation, field: "Comment");
        }

        // Returned, or unlocked with a reason: back to the school, editable, with the reason shown.
        var next = action switch
        {
            FilingAction.Submitted => FilingState.Submitted,
            FilingAction.Approved => FilingState.Approved,
            _ => FilingState.Returned,
        };
        return (next, comment);
    }
}
