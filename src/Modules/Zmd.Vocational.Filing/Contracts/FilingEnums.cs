namespace Zmd.Vocational.Filing.Contracts;

/// <summary>Where a school's filing of one dataset for one year stands. NotStarted and Overdue are shown on the status
/// board but never stored: a filing exists from its first clean upload.</summary>
public enum FilingState
{
    NotStarted = 0,
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
    Overdue = 9,
}

public enum FilingAction
{
    Uploaded = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
    Unlocked = 5,
}

/// <summary>A cross-school duplicate finding: open until a bureau user resolves it with a note, or until an upload of
/// either school no longer holds the value (closed by itself).</summary>
public enum DuplicateStatus
{
    Open = 1,
    Resolved = 2,
    Closed = 3,
}
