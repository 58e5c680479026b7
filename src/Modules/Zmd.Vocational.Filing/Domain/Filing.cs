using Zmd.Vocational.Core.Domain;
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
    public bool IsEditable => FilingTransitions.IsEditable(State);

    /// <summary>Applies <see cref="FilingTransitions"/>' rule and records who and when. Returns the event to record;
    /// throws Filing:InvalidTransition or Filing:CommentRequired.</summary>
    public FilingEvent Apply(FilingAction action, string? userName, DateTime now, string? comment)
    {
        (State, comment) = FilingTransitions.Next(State, action, comment);
        if (action == FilingAction.Submitted)
        {
            SubmittedAt = now;
            SubmittedBy = userName;
        }
        else
        {
            ReviewedAt = now;
            ReviewedBy = userName;
            ReviewComment = comment;
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
