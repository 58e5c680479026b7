using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Domain;

namespace Zmd.Vocational.Targets.Application;

/// <summary>Keeps the stored measures in step with the filings, inside each filing change's own unit of work: an upload
/// recomputes the school's measures of that dataset from the rows just stored (one grouped query over one school's
/// roster), a transition copies the filing's new state. Aggregates are thus kept on write, never scanned on read.</summary>
internal sealed class MeasureRecorder(DbContext db, IEnumerable<IMeasureSource> sources) : IFilingObserver
{
    public async Task DatasetReplacedAsync(FilingScope scope, string datasetCode, CancellationToken ct) =>
        await RecordAsync(scope, datasetCode, FilingState.Draft, ct);

    public async Task StateChangingAsync(FilingScope scope, string datasetCode, FilingState state, CancellationToken ct)
    {
        foreach (var row in await StoredAsync(scope, datasetCode, ct))
        {
            row.State = state;
        }

        await MonitoringDataSource.TouchAsync(db, ct);
    }

    public Task DataChangedAsync(FilingScope scope, string datasetCode, FilingState state, CancellationToken ct) =>
        RecordAsync(scope, datasetCode, state, ct);

    /// <summary>Computes and stores the dataset's measures for the school and year with the given filing state.</summary>
    public async Task RecordAsync(FilingScope scope, string datasetCode, FilingState state, CancellationToken ct)
    {
        var source = sources.FirstOrDefault(s => s.Dataset == datasetCode);
        if (source is null)
        {
            return;
        }

        var values = await source.ComputeAsync(scope, ct);
        var stored = (await StoredAsync(scope, datasetCode, ct)).ToDictionary(v => v.Code, StringComparer.Ordinal);
        foreach (var (code, value) in values)
        {
            if (!stored.Remove(code, out var row))
            {
                row = new SchoolMeasureValue { SchoolId = scope.SchoolId, Year = scope.Year, Dataset = datasetCode, Code = code };
                db.Add(row);
            }

            row.Value = value;
            row.State = state;
        }

        // A measure the module no longer publishes.
        db.RemoveRange(stored.Values);
        await MonitoringDataSource.TouchAsync(db, ct);
    }

    private async Task<List<SchoolMeasureValue>> StoredAsync(FilingScope scope, string datasetCode, CancellationToken ct) =>
        await db.Set<SchoolMeasureValue>()
            .Where(v => v.SchoolId == scope.SchoolId && v.Year == scope.Year && v.Dataset == datasetCode)
            .ToListAsync(ct);
}
