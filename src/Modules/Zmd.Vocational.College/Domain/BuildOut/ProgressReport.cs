using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Domain;

/// <summary>Where a project stood on a date, as the college reports it: figures are totals to that date (floor area
/// completed, places delivered, money spent), not increments, so a late or missing report never double-counts.
/// Filed like a school's dataset: draft → submitted → approved or returned (<see cref="FilingTransitions"/>); only
/// approved reports count in the figures.</summary>
internal sealed class ProgressReport : AuditedEntity, ISchoolOwned, IChangeAudited
{
    public Guid SchoolId { get; set; }
    public Guid ProjectId { get; set; }
    public DateOnly AsOf { get; set; }

    /// <summary>m² completed to date.</summary>
    public decimal FloorAreaCompleted { get; set; }

    /// <summary>Places delivered (in use) to date.</summary>
    public int PlacesDelivered { get; set; }

    /// <summary>万元 spent to date.</summary>
    public decimal Spent { get; set; }

    public string? Note { get; set; }
    public FilingState State { get; set; } = FilingState.Draft;
    public string? ReviewComment { get; set; }

    /// <summary>The lock of every write to the report and to what hangs on it (its figures, its attachments): only a draft
    /// or a returned report changes. A submitted report is under review, an approved one counts in the figures; either
    /// is changed only after a reviewer returns or unlocks it (College:ReportLocked).</summary>
    public void EnsureEditable()
    {
        if (!FilingTransitions.IsEditable(State))
        {
            throw new BusinessException(BuildOutErrorCodes.ReportLocked, ErrorKind.Conflict, new Dictionary<string, object?> { ["state"] = State });
        }
    }

    /// <summary>Applies the workflow's rule; returns the event to record.</summary>
    public ProgressReportEvent Apply(FilingAction action, string? userName, DateTime now, string? comment)
    {
        (State, comment) = FilingTransitions.Next(State, action, comment);
        if (action != FilingAction.Submitted)
        {
            ReviewComment = comment;
        }

        return new ProgressReportEvent { ReportId = Id, SchoolId = SchoolId, At = now, UserName = userName, Action = action, Comment = comment };
    }
}

/// <summary>One step of a report's workflow: who, when, why.</summary>
internal sealed class ProgressReportEvent : Entity, ISchoolOwned
{
    public Guid SchoolId { get; set; }
    public Guid ReportId { get; set; }
    public DateTime At { get; set; }
    public string? UserName { get; set; }
    public FilingAction Action { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A photo or document attached to a report (site photos, acceptance certificates). Kept in the database so a
/// backup holds everything. Part of what is reviewed and approved: added and removed only while its report is editable,
/// and every addition and removal is in the data change log (the content as its SHA-256 and size).</summary>
internal sealed class ProgressAttachment : AuditedEntity, ISchoolOwned, IChangeAudited
{
    public Guid SchoolId { get; set; }
    public Guid ReportId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
}
