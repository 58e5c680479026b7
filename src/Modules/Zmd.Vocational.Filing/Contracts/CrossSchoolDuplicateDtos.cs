namespace Zmd.Vocational.Filing.Contracts;

/// <summary>One school's side of a cross-school duplicate: the school, its row (number and name) and its filing of the
/// dataset (null when it has none any more).</summary>
public sealed record DuplicateSideDto(string SchoolCode, string SchoolName, string RowNumber, string RowName, Guid? FilingId);

/// <summary>A value (an ID number, masked unless the reader may see personal data) filed by two schools for the year.
/// <paramref name="Found"/> is the school whose upload found it, <paramref name="FiledFirst"/> the school that had it.</summary>
public sealed record CrossSchoolDuplicateDto(
    Guid Id, int Year, string DatasetCode, string Value, DuplicateSideDto Found, DuplicateSideDto FiledFirst, DuplicateStatus Status,
    DateTime FoundAt, DateTime? ClosedAt, DateTime? ResolvedAt, string? ResolvedBy, string? ResolutionNote);

/// <summary>An upload whose rows clashed with other schools' unusually often: who, which school, dataset and year,
/// its rows, how many clashed, and the most rows sharing one clashing ID number's region and birth date.</summary>
public sealed record FlaggedUploadDto(DateTime At, string? UserName, string SchoolCode, string SchoolName, int Year, string DatasetCode,
    int FilingVersion, int Rows, int Clashes, int SamePrefixRows);

public sealed record CrossSchoolDuplicatesDto(int Year, IReadOnlyList<CrossSchoolDuplicateDto> Findings, IReadOnlyList<FlaggedUploadDto> FlaggedUploads);

/// <param name="School">A school code: findings where it is either side, and its flagged uploads.</param>
public sealed record DuplicateQuery(int Year, string? School = null, string? Dataset = null, DuplicateStatus? Status = null);

public sealed record ResolveDuplicateInput(string? Note);

/// <summary>The bureau's findings of students filed by two schools, and their resolution. Bureau staff only (the
/// endpoints and pages require <see cref="FilingPermissions.ViewDuplicates"/>; a school user is refused here too).</summary>
public interface ICrossSchoolDuplicates
{
    /// <param name="showPersonalData">Whether the reader holds <see cref="FilingPermissions.ViewPersonalData"/>.</param>
    Task<CrossSchoolDuplicatesDto> ListAsync(DuplicateQuery query, bool showPersonalData, CancellationToken ct = default);

    /// <summary>Marks an open finding resolved, with a required note; recorded in the data change log.</summary>
    Task<CrossSchoolDuplicateDto> ResolveAsync(Guid id, string? note, bool showPersonalData, CancellationToken ct = default);
}
