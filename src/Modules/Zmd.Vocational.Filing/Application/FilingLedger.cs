using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Domain;

namespace Zmd.Vocational.Filing.Application;

internal sealed class FilingLedger(DbContext db, ICurrentUser user, TimeProvider clock, FilingReader reader) : IFilingLedger
{
    public async Task EnsureCanUploadAsync(FilingScope scope, string datasetCode, CancellationToken ct)
    {
        var period = await db.Set<FilingPeriod>().AsNoTracking().FirstOrDefaultAsync(p => p.Year == scope.Year, ct);
        if (period is not { IsOpen: true })
        {
            throw new BusinessException(FilingErrorCodes.PeriodNotOpen, ErrorKind.Validation, Args("year", scope.Year));
        }

        var filing = await Find(scope, datasetCode).AsNoTracking().FirstOrDefaultAsync(ct);
        if (filing is { IsEditable: false })
        {
            throw new BusinessException(FilingErrorCodes.Locked, ErrorKind.Conflict, Args("state", filing.State));
        }
    }

    public async Task<FilingDto> RecordUploadAsync(FilingScope scope, string datasetCode, int rowCount, string fileName, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var filing = await Find(scope, datasetCode).FirstOrDefaultAsync(ct);
        if (filing is null)
        {
            filing = new SchoolFiling { SchoolId = scope.SchoolId, Year = scope.Year, DatasetCode = datasetCode };
            db.Add(filing);
        }
        else if (!filing.IsEditable)
        {
            // Checked again inside the transaction: an approval may have landed since the upload started.
            throw new BusinessException(FilingErrorCodes.Locked, ErrorKind.Conflict, Args("state", filing.State));
        }

        filing.State = FilingState.Draft;
        filing.Version++;
        filing.RowCount = rowCount;
        filing.UploadedAt = now;
        filing.UploadedBy = user.UserName;
        db.Add(new FilingEvent
        {
            FilingId = filing.Id, SchoolId = scope.SchoolId, At = now, UserName = user.UserName, Action = FilingAction.Uploaded,
            Version = filing.Version, FileName = Path.GetFileName(fileName), RowCount = rowCount,
        });
        await db.SaveChangesAsync(ct);
        return await reader.GetAsync(filing.Id, ct);
    }

    private IQueryable<SchoolFiling> Find(FilingScope scope, string datasetCode) =>
        db.Set<SchoolFiling>().Where(f => f.SchoolId == scope.SchoolId && f.Year == scope.Year && f.DatasetCode == datasetCode);

    internal static Dictionary<string, object?> Args(string name, object? value) => new() { [name] = value };
}
