using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Domain;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>Transitions and the status board. Permissions are checked by the endpoints and pages; the school filter
/// makes another school's filing simply not found.</summary>
internal sealed class FilingWorkflow(
    IEnumerable<IFilingObserver> observers,
    DbContext db, FilingReader reader, ISchoolDirectory schools, IDatasetCatalog datasets, ICurrentUser user, JsonStringLocalizer localizer,
    TimeProvider clock) : IFilingWorkflow
{
    public Task<IReadOnlyList<FilingDto>> ListAsync(int year, string? schoolCode, FilingState? state, CancellationToken ct = default) =>
        reader.ListAsync(year, schoolCode, state, ct);

    public Task<FilingDto> GetAsync(Guid id, CancellationToken ct = default) => reader.GetAsync(id, ct);

    public async Task<IReadOnlyList<FilingEventDto>> HistoryAsync(Guid id, CancellationToken ct = default)
    {
        await reader.GetAsync(id, ct);
        return await db.Set<FilingEvent>().AsNoTracking().Where(e => e.FilingId == id).OrderBy(e => e.At)
            .Select(e => new FilingEventDto(e.At, e.UserName, e.Action, e.Version, e.Comment, e.FileName, e.RowCount))
            .ToListAsync(ct);
    }

    public Task<FilingDto> SubmitAsync(Guid id, CancellationToken ct = default) => TransitionAsync(id, FilingAction.Submitted, null, ct);

    public Task<FilingDto> ApproveAsync(Guid id, string? comment, CancellationToken ct = default) => TransitionAsync(id, FilingAction.Approved, comment, ct);

    public Task<FilingDto> ReturnAsync(Guid id, string? comment, CancellationToken ct = default) => TransitionAsync(id, FilingAction.Returned, comment, ct);

    public Task<FilingDto> UnlockAsync(Guid id, string? reason, CancellationToken ct = default) => TransitionAsync(id, FilingAction.Unlocked, reason, ct);

    public async Task<BulkApproveResultDto> ApproveManyAsync(BulkApproveInput input, CancellationToken ct = default)
    {
        var refused = new List<ImportErrorDto>();
        var approved = 0;
        foreach (var id in input.FilingIds.Distinct())
        {
            try
            {
                await TransitionAsync(id, FilingAction.Approved, input.Comment, ct);
                approved++;
            }
            catch (BusinessException ex)
            {
                // One filing that cannot be approved does not stop the others; each refusal is reported.
                db.ChangeTracker.Clear();
                refused.Add(new ImportErrorDto("", 0, null, id.ToString(), ex.Code, ex.Code));
            }
        }

        return new BulkApproveResultDto(approved, refused);
    }

    public async Task<StatusBoardDto> StatusBoardAsync(int year, CancellationToken ct = default)
    {
        var period = await db.Set<FilingPeriod>().AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, ct);
        var overdue = period is not null && FilingStatus.IsPastDeadline(period.Deadline, clock.GetUtcNow().UtcDateTime);
        var filings = (await db.Set<SchoolFiling>().AsNoTracking().Where(f => f.Year == year).ToListAsync(ct))
            .ToDictionary(f => (f.SchoolId, f.DatasetCode));
        var listed = await schools.ListAsync(new SchoolQuery(IncludeInactive: false), ct);

        // A school has cells only for the datasets it files, and the board only columns some listed school files: the
        // technician college's datasets are never "not started" for a 中职 school.
        var list = datasets.List().Where(d => listed.Any(s => d.AppliesTo(s.Type))).ToList();
        var rows = listed
            .Select(s => new StatusRowDto(s.Id, s.Code, s.Name, s.CountyName, list.Where(d => d.AppliesTo(s.Type)).Select(d =>
            {
                filings.TryGetValue((s.Id, d.Code), out var f);
                var state = FilingStatus.Shown(f?.State, overdue);
                return new StatusCellDto(d.Code, state, f?.Id, f?.RowCount ?? 0);
            }).ToList()))
            .ToList();
        return new StatusBoardDto(year, period?.Deadline, overdue, list, rows);
    }

    public async Task<FilingPreviewDto> PreviewAsync(Guid id, int take, bool showPersonalData, CancellationToken ct = default)
    {
        var filing = await reader.GetAsync(id, ct);
        var handler = ((DatasetCatalog)datasets).Handler(filing.DatasetCode);
        var columns = handler.Definition.Columns;
        var rows = new List<IReadOnlyList<string?>>();
        await foreach (var values in handler.ReadAsync(new FilingScope(filing.SchoolId, filing.Year), ct))
        {
            rows.Add(columns.Select((c, i) => CellText.Format(c, values[i], showPersonalData)).ToList());
            if (rows.Count >= take)
            {
                break;
            }
        }

        return new FilingPreviewDto(columns.Select(c => c.HeaderZh).ToList(), rows, filing.RowCount, !showPersonalData);
    }

    /// <summary>One unit of work from the read on (a retry under the execution strategy starts again from the database);
    /// the transition, its event, the audit entry and the observers' changes land together or not at all. It takes the
    /// filing's lock (<see cref="FilingLock"/>) before it reads the filing, so it never acts on a state or rows that an
    /// upload in progress is replacing: it waits for the upload and then sees it.</summary>
    private async Task<FilingDto> TransitionAsync(Guid id, FilingAction action, string? comment, CancellationToken ct)
    {
        var key = await db.Set<SchoolFiling>().AsNoTracking().Where(f => f.Id == id)
                .Select(f => new { f.SchoolId, f.Year, f.DatasetCode }).FirstOrDefaultAsync(ct)
            ?? throw BusinessException.NotFound(FilingErrorCodes.FilingNotFound, id);
        return await db.InLockedTransactionAsync("filing.transition", FilingLock.Key(new FilingScope(key.SchoolId, key.Year), key.DatasetCode), async () =>
        {
            var filing = await db.Set<SchoolFiling>().FirstOrDefaultAsync(f => f.Id == id, ct)
                ?? throw BusinessException.NotFound(FilingErrorCodes.FilingNotFound, id);
            if (!user.CanAccessSchool(filing.SchoolId))
            {
                throw BusinessException.NotFound(FilingErrorCodes.FilingNotFound, id);
            }

            // A filing the school should not have (its type changed, or the dataset's school types did) moves no further.
            DatasetApplicability.Ensure(((DatasetCatalog)datasets).Handler(filing.DatasetCode).Definition, await schools.GetAsync(filing.SchoolId, ct), localizer);
            db.Add(filing.Apply(action, user.UserName, clock.GetUtcNow().UtcDateTime, comment));
            foreach (var observer in observers)
            {
                await observer.StateChangingAsync(new FilingScope(filing.SchoolId, filing.Year), filing.DatasetCode, filing.State, ct);
            }

            await db.SaveChangesAsync(ct);
            return await reader.GetAsync(id, ct);
        }, ct);
    }
}
