using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Domain;
using Zmd.Vocational.Targets.Indicators;

namespace Zmd.Vocational.Targets.Application;

/// <summary>The bureau's figures per year: saved as a whole sheet while it is a draft (or returned), then submitted,
/// approved or returned like a school's filing. Every value change is in the entity-change log. A save and a transition
/// each read the sheet inside a transaction under the year's lock, so neither acts on a state the other has changed.</summary>
internal sealed class CityDataService(DbContext db, MonitoringCatalog catalog, ICurrentUser user, TimeProvider clock) : ICityDataService
{
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    public async Task<CityDataSheetDto> GetAsync(int year, CancellationToken ct = default)
    {
        CheckYear(year);
        var sheet = await db.Set<CityDataSheet>().AsNoTracking().FirstOrDefaultAsync(s => s.Year == year, ct);
        var values = await db.Set<CityMeasureValue>().AsNoTracking().Where(v => v.Year == year).ToDictionaryAsync(v => v.Code, ct);
        var history = sheet is null ? [] : await db.Set<CityDataEvent>().AsNoTracking().Where(e => e.SheetId == sheet.Id).OrderBy(e => e.At)
            .Select(e => new CityDataEventDto(e.At, e.UserName, e.Action, e.Version, e.Comment)).ToListAsync(ct);
        return new CityDataSheetDto(year, sheet?.State ?? FilingState.NotStarted, sheet?.Version ?? 0, sheet?.ReviewComment,
            catalog.CityMeasures.Select(m => new CityMeasureDto(m.Code, m.NameZh, m.NameEn, m.Unit, m.Source,
                values.GetValueOrDefault(m.Code)?.Value, values.GetValueOrDefault(m.Code)?.Note)).ToList(),
            history);
    }

    public async Task<CityDataSheetDto> SaveAsync(int year, IReadOnlyList<CityValueInput> values, CancellationToken ct = default)
    {
        CheckYear(year);
        var known = catalog.CityMeasures.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var input in values.Where(v => !known.Contains(v.Code)))
        {
            throw new BusinessException(TargetsErrorCodes.UnknownCityMeasure, ErrorKind.Validation, new Dictionary<string, object?> { ["code"] = input.Code });
        }

        // Read, checked and written under the year's lock, which every transition takes too: an approval cannot land
        // between the check that the sheet is editable and the write (PostgreSQL's READ COMMITTED would let it).
        await db.InLockedTransactionAsync("targets.city-data-save", LockKey(year), async () =>
        {
            var sheet = await db.Set<CityDataSheet>().FirstOrDefaultAsync(s => s.Year == year, ct);
            if (sheet is null)
            {
                sheet = new CityDataSheet { Year = year };
                db.Add(sheet);
            }
            else if (!FilingTransitions.IsEditable(sheet.State))
            {
                throw new BusinessException(TargetsErrorCodes.CityDataLocked, ErrorKind.Conflict, new Dictionary<string, object?> { ["state"] = sheet.State });
            }

            var stored = await db.Set<CityMeasureValue>().Where(v => v.Year == year).ToDictionaryAsync(v => v.Code, ct);
            foreach (var input in values)
            {
                if (!stored.TryGetValue(input.Code, out var value))
                {
                    value = new CityMeasureValue { SheetId = sheet.Id, Year = year, Code = input.Code };
                    db.Add(value);
                }

                value.Value = input.Value;
                value.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            }

            sheet.State = FilingState.Draft;
            sheet.Version++;
            db.Add(new CityDataEvent { SheetId = sheet.Id, At = clock.GetUtcNow().UtcDateTime, UserName = user.UserName, Action = FilingAction.Uploaded, Version = sheet.Version });
            await MonitoringDataSource.TouchAsync(db, ct);
            return await db.SaveChangesAsync(ct);
        }, ct);
        return await GetAsync(year, ct);
    }

    public async Task<CityDataSheetDto> TransitionAsync(int year, FilingAction action, string? comment, CancellationToken ct = default)
    {
        await db.InLockedTransactionAsync("targets.city-data-transition", LockKey(year), async () =>
        {
            var sheet = await db.Set<CityDataSheet>().FirstOrDefaultAsync(s => s.Year == year, ct)
                ?? throw BusinessException.NotFound(FilingErrorCodes.FilingNotFound, year);
            db.Add(sheet.Apply(action, user.UserName, clock.GetUtcNow().UtcDateTime, comment));
            await MonitoringDataSource.TouchAsync(db, ct);
            return await db.SaveChangesAsync(ct);
        }, ct);
        return await GetAsync(year, ct);
    }

    /// <summary>The lock of one year's sheet: its saves and its transitions (see <see cref="UnitOfWork.InLockedTransactionAsync"/>).</summary>
    private static string LockKey(int year) => $"targets-city-data:{year}";

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new BusinessException(FilingErrorCodes.InvalidYear, ErrorKind.Validation, new Dictionary<string, object?> { ["year"] = year });
        }
    }
}
