using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>The workflow side of an upload, used by the import inside its transaction.</summary>
internal interface IFilingLedger
{
    /// <summary>Throws Filing:PeriodNotOpen when the year is not open, Filing:Locked when the filing is submitted or approved.</summary>
    Task EnsureCanUploadAsync(FilingScope scope, string datasetCode, CancellationToken ct);

    /// <summary>Makes the upload the filing's new draft version (creating the filing on first upload) and records the event.
    /// Saves through the shared DbContext, inside the caller's transaction.</summary>
    Task<FilingDto> RecordUploadAsync(FilingScope scope, string datasetCode, int rowCount, string fileName, CancellationToken ct);
}
