using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Contracts;

/// <summary>Create or edit a build-out project. Numbers and dates are nullable so that a missing value is reported by
/// name rather than silently bound to zero.</summary>
public sealed class ProjectInput
{
    public string? Name { get; set; }

    /// <summary>m².</summary>
    public decimal? PlannedFloorArea { get; set; }

    public int? PlannedPlaces { get; set; }

    /// <summary>万元.</summary>
    public decimal? Budget { get; set; }

    public DateOnly? PlannedStart { get; set; }
    public DateOnly? PlannedCompletion { get; set; }
    public DateOnly? ActualStart { get; set; }
    public DateOnly? ActualCompletion { get; set; }
    public string? Note { get; set; }
}

/// <summary>A progress report: totals to <see cref="AsOf"/>, not increments.</summary>
public sealed class ProgressReportInput
{
    public DateOnly? AsOf { get; set; }
    public decimal? FloorAreaCompleted { get; set; }
    public int? PlacesDelivered { get; set; }
    public decimal? Spent { get; set; }
    public string? Note { get; set; }
}

/// <summary>How a project stands by its latest approved report: share of the planned floor area completed, and the
/// flags the bureau watches (late: past its planned completion and not finished, or finished after it; over budget:
/// spent more than the budget).</summary>
public sealed record ProjectStandingDto(decimal FloorAreaCompleted, int PlacesDelivered, decimal Spent, decimal? PercentComplete, bool Finished,
    bool Late, bool OverBudget, DateOnly? LatestReportAsOf);

public sealed record ProjectDto(
    Guid Id, string SchoolCode, string Name, decimal PlannedFloorArea, int PlannedPlaces, decimal Budget, DateOnly PlannedStart,
    DateOnly PlannedCompletion, DateOnly? ActualStart, DateOnly? ActualCompletion, string? Note, ProjectStandingDto Standing);

public sealed record ProgressEventDto(DateTime At, string? UserName, FilingAction Action, string? Comment);

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size);

public sealed record ProgressReportDto(
    Guid Id, Guid ProjectId, DateOnly AsOf, decimal FloorAreaCompleted, int PlacesDelivered, decimal Spent, string? Note, FilingState State,
    string? ReviewComment, decimal? PercentComplete, IReadOnlyList<AttachmentDto> Attachments, IReadOnlyList<ProgressEventDto> History);

public sealed record ProjectDetailDto(ProjectDto Project, IReadOnlyList<ProgressReportDto> Reports);

/// <summary>An attachment's bytes, for download.</summary>
public sealed record AttachmentContent(string FileName, string ContentType, byte[] Content);
