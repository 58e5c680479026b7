using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Targets.Contracts;

/// <summary>A figure no school files (statistics-bureau numbers, the technician college's build-out until it files
/// its own), entered by bureau staff per year.</summary>
public sealed record CityMeasureDto(string Code, string NameZh, string NameEn, string Unit, string Source, decimal? Value, string? Note);

public sealed record CityDataEventDto(DateTime At, string? UserName, FilingAction Action, int Version, string? Comment);

/// <summary>The bureau's figures of one year, filed like a school's dataset: draft → submitted → approved, or returned.</summary>
public sealed record CityDataSheetDto(int Year, FilingState State, int Version, string? ReviewComment, IReadOnlyList<CityMeasureDto> Values,
    IReadOnlyList<CityDataEventDto> History);

public sealed record CityValueInput(string Code, decimal? Value, string? Note);

/// <summary>A data-quality finding on a school's figures for a year (see <see cref="FilingAdviceDto"/>).</summary>
public sealed record QualityFindingDto(string SchoolCode, string SchoolName, int Year, string Rule, string Message, bool IsError, string? Explanation);

/// <summary>How many active schools have each dataset in each state for the year.</summary>
public sealed record DatasetCompletenessDto(string Dataset, string NameZh, string NameEn, int Approved, int Submitted, int InProgress, int NotStarted);

public sealed record CompletenessDto(int Year, int Schools, IReadOnlyList<DatasetCompletenessDto> Datasets);

/// <summary>A school's explanation of a data-quality warning (e.g. why enrolment jumped).</summary>
public sealed record QualityExplanationInput(string SchoolCode, int Year, string Rule, string Explanation);
