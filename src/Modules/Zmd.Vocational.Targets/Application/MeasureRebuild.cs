using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Application;

/// <summary>Recomputes every stored measure of a year from the filings (for data filed before monitoring existed, or
/// after a measure definition changed). One transaction: readers see the old figures or the new, never a mix.</summary>
internal sealed class MeasureRebuild(DbContext db, IFilingWorkflow workflow, MeasureRecorder recorder) : IMeasureMaintenance
{
    public async Task<int> RebuildAsync(int year, CancellationToken ct = default)
    {
        var filings = await workflow.ListAsync(year, null, null, ct);
        return await db.InTransactionAsync("targets.measure-rebuild", async () =>
        {
            foreach (var filing in filings)
            {
                await recorder.RecordAsync(new FilingScope(filing.SchoolId, filing.Year), filing.DatasetCode, filing.State, ct);
            }

            await db.SaveChangesAsync(ct);
            return filings.Count;
        }, ct);
    }
}
