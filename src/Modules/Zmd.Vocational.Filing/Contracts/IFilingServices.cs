using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Contracts;

/// <summary>The bureau opens a school year for filing with a deadline.</summary>
public interface IFilingCalendar
{
    Task<IReadOnlyList<FilingPeriodDto>> ListAsync(CancellationToken ct = default);
    Task<FilingPeriodDto?> FindAsync(int year, CancellationToken ct = default);
    Task<FilingPeriodDto> SaveAsync(FilingPeriodInput input, CancellationToken ct = default);
}

/// <summary>The datasets that can be filed, from every registered <see cref="IDatasetHandler"/>.</summary>
public interface IDatasetCatalog
{
    /// <summary>Every dataset, whoever files it.</summary>
    IReadOnlyList<DatasetDto> List();

    /// <summary>The datasets a school of <paramref name="schoolType"/> files (<see cref="DatasetDefinition.SchoolTypes"/>).</summary>
    IReadOnlyList<DatasetDto> ListFor(SchoolType schoolType);

    /// <summary>What the caller may file or look at: every dataset for bureau staff, their school's datasets for a school user.</summary>
    Task<IReadOnlyList<DatasetDto>> ListForCurrentUserAsync(CancellationToken ct = default);

    DatasetDto Get(string code);
}

/// <summary>Upload: check every row first, store nothing on any error, otherwise replace the draft atomically.</summary>
public interface IFilingImport
{
    /// <param name="fileName">The name the user's file had (.xlsx or .csv); used in messages and to pick the reader.</param>
    Task<ImportResultDto> ImportAsync(string datasetCode, string schoolCode, int year, string fileName, Stream content, CancellationToken ct = default);

    /// <summary>The xlsx copy of a refused file with an error column, or null when unknown or not the caller's. It is
    /// personal data: as written for its uploader and when <paramref name="showPersonalData"/> (the caller passes whether
    /// the user holds FilingPermissions.ViewPersonalData), otherwise with the ID numbers and birth dates masked.</summary>
    Task<(string FileName, Stream Content)?> OpenErrorReportAsync(string reportId, bool showPersonalData, CancellationToken ct = default);
}

/// <summary>The blank xlsx template of a dataset: Chinese headers, an instructions sheet, drop-downs for coded columns.</summary>
public interface IFilingTemplates
{
    Task<(string FileName, byte[] Content)> TemplateAsync(string datasetCode, CancellationToken ct = default);
}

/// <summary>draft → submitted → approved, or returned with a comment → draft again; approved data is locked until
/// a bureau approver unlocks it with a reason. Every transition is audited.</summary>
public interface IFilingWorkflow
{
    Task<IReadOnlyList<FilingDto>> ListAsync(int year, string? schoolCode, FilingState? state, CancellationToken ct = default);
    Task<FilingDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<FilingEventDto>> HistoryAsync(Guid id, CancellationToken ct = default);
    Task<FilingDto> SubmitAsync(Guid id, CancellationToken ct = default);
    Task<FilingDto> ApproveAsync(Guid id, string? comment, CancellationToken ct = default);
    Task<FilingDto> ReturnAsync(Guid id, string? comment, CancellationToken ct = default);
    Task<FilingDto> UnlockAsync(Guid id, string? reason, CancellationToken ct = default);
    Task<BulkApproveResultDto> ApproveManyAsync(BulkApproveInput input, CancellationToken ct = default);
    Task<StatusBoardDto> StatusBoardAsync(int year, CancellationToken ct = default);

    /// <summary>The first rows of the filed data, ID numbers masked unless <paramref name="showPersonalData"/>
    /// (the caller passes whether the user holds FilingPermissions.ViewPersonalData).</summary>
    Task<FilingPreviewDto> PreviewAsync(Guid id, int take, bool showPersonalData, CancellationToken ct = default);
}
