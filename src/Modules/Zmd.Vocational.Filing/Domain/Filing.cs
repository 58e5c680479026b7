using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Domain;

/// <summary>One school's filing of one dataset for one school year: its state in the workflow and its current version.
/// The rows themselves live in the dataset's module, keyed by school and year.</summary>
internal sealed class SchoolFiling : AuditedEntity, ISchoolOwned, IChangeAudited
{
    public Guid SchoolId { get; set; }
    public int Year { get; set; }
    public string DatasetCode { get; set; } = "";
    public FilingState State { get; set; } = FilingState.Draft;
    public int Version { get; set; }
    public int RowCount { get; set; }
    public DateTime? UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReviewComment { get; set; }

    /// <summary>A filer may replace the data only while it is theirs to edit.</summary>
    public bool IsEditable => State is FilingState.Draft or FilingState.Returned;

    /// <summary>The workflow's rules in one place: which action is allowed from which state, and what it changes.
    /// Returns the event to record; throws Filing:InvalidTransition or Filing:CommentRequired.</summary>
    public FilingEvent Apply(FilingAction action, string? userName, DateTime now, string? comment)
    {
        var allowed = action switch
        {
            FilingAction.Submitted => IsEditable,
            FilingAction.Approved or FilingAction.Returned => State == FilingState.Submitted,
            FilingAction.Unlocked => State == FilingState.Approved,
            _ => false,
        };
        if (!allowed)
        {
            throw new BusinessException(FilingErrorCodes.InvalidTransition, ErrorKind.Conflict,
                new Dictionary<string, object?> { ["state"] = State, ["action"] = action });
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (action is FilingAction.Returned or FilingAction.Unlocked && comment is null)
        {
            throw new BusinessException(FilingErrorCodes.CommentRequired, ErrorKind.Validation, field: "Comment");
        }

        switch (action)
        {
            case FilingAction.Submitted:
                State = FilingState.Submitted;
                SubmittedAt = now;
                SubmittedBy = userName;
                break;
            case FilingAction.Approved:
                State = FilingState.Approved;
                ReviewedAt = now;
                ReviewedBy = userName;
                ReviewComment = comment;
                break;
            default:
                // Returned, or unlocked with a reason: back to the school, editable, with the reason shown.
                State = FilingState.Returned;
                ReviewedAt = now;
                ReviewedBy = userName;
                ReviewComment = comment;
                break;
        }

        return new FilingEvent { FilingId = Id, SchoolId = SchoolId, At = now, UserName = userName, Action = action, Version = Version, Comment = comment };
    }
}

/// <summary>One transition of a filing (uploaded, submitted, returned, approved, unlocked): who, when, why.</summary>
internal sealed class FilingEvent : Entity, ISchoolOwned
{
    public Guid FilingId { get; set; }
    public Guid SchoolId { get; set; }
    public DateTime At { get; set; }
    public string? UserName { get; set; }
    public FilingAction Action { get; set; }
    public int Version { get; set; }
    public string? Comment { get; set; }
    public string? FileName { get; set; }
    public int? RowCount { get; set; }
}
