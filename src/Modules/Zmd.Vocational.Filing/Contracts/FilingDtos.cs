using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Contracts;

public sealed record FilingPeriodDto(Guid Id, int Year, string Title, DateOnly Deadline, bool IsOpen, DateTime CreatedAt);

public sealed class FilingPeriodInput
{
    public int? Year { get; set; }
    public string? Title { get; set; }
    public DateOnly? Deadline { get; set; }
    public bool IsOpen { get; set; } = true;
}

/// <param name="SchoolTypes">The school types that file the dataset; null for every school.</param>
public sealed record DatasetDto(string Code, string NameZh, string NameEn, int Order, IReadOnlyList<DatasetColumnDto> Columns,
    IReadOnlyList<SchoolType>? SchoolTypes = null)
{
    public bool AppliesTo(SchoolType type) => SchoolTypes is null || SchoolTypes.Contains(type);
}

public sealed record DatasetColumnDto(string Key, string HeaderZh, string HeaderEn, ColumnType Type, bool Required, int MaxLength,
    IReadOnlyList<CodeOption>? Options, string? NoteZh);

public sealed record FilingDto(
    Guid Id, Guid SchoolId, string SchoolCode, string SchoolName, int Year, string DatasetCode, FilingState State, int Version, int RowCount,
    DateTime? UploadedAt, string? UploadedBy, DateTime? SubmittedAt, string? SubmittedBy, DateTime? ReviewedAt, string? ReviewedBy,
    string? ReviewComment);

public sealed record FilingEventDto(DateTime At, string? UserName, FilingAction Action, int Version, string? Comment, string? FileName, int? RowCount);

/// <summary>One error of an upload: where (file, row as numbered in the file, column header), the value, and why.</summary>
public sealed record ImportErrorDto(string File, int Row, string? Column, string? Value, string Code, string Message);

/// <summary>The outcome of an upload. With any error nothing was stored, and ErrorReportId names a downloadable copy of
/// the file with an error column.</summary>
public sealed record ImportResultDto(
    bool Stored, string DatasetCode, int Year, string SchoolCode, int RowCount, int ErrorCount, IReadOnlyList<ImportErrorDto> Errors,
    string? ErrorReportId, FilingDto? Filing, double Seconds);

/// <summary>A cell of the status board: one school, one dataset. A row has no cell for a dataset its school does not file.</summary>
public sealed record StatusCellDto(string DatasetCode, FilingState State, Guid? FilingId, int RowCount);

public sealed record StatusRowDto(Guid SchoolId, string SchoolCode, string SchoolName, string CountyName, IReadOnlyList<StatusCellDto> Cells);

public sealed record StatusBoardDto(int Year, DateOnly? Deadline, bool IsOverdue, IReadOnlyList<DatasetDto> Datasets, IReadOnlyList<StatusRowDto> Rows);

public sealed record ReviewInput(string? Comment);

public sealed record BulkApproveInput(IReadOnlyList<Guid> FilingIds, string? Comment);

public sealed record BulkApproveResultDto(int Approved, IReadOnlyList<ImportErrorDto> Refused);

public sealed record FilingPreviewDto(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows, int Total, bool Masked);
