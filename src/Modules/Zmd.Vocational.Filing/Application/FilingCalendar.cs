using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Domain;

namespace Zmd.Vocational.Filing.Application;

internal sealed class FilingCalendar(DbContext db) : IFilingCalendar
{
    public async Task<IReadOnlyList<FilingPeriodDto>> ListAsync(CancellationToken ct = default) =>
        await db.Set<FilingPeriod>().AsNoTracking().OrderByDescending(p => p.Year)
            .Select(p => new FilingPeriodDto(p.Id, p.Year, p.Title, p.Deadline, p.IsOpen, p.CreatedAt)).ToListAsync(ct);

    public async Task<FilingPeriodDto?> FindAsync(int year, CancellationToken ct = default) =>
        await db.Set<FilingPeriod>().AsNoTracking().Where(p => p.Year == year)
            .Select(p => new FilingPeriodDto(p.Id, p.Year, p.Title, p.Deadline, p.IsOpen, p.CreatedAt)).FirstOrDefaultAsync(ct);

    /// <summary>Opens (or changes) a school year: one period per year.</summary>
    public async Task<FilingPeriodDto> SaveAsync(FilingPeriodInput input, CancellationToken ct = default)
    {
        var year = Guard.Required(input.Year, "FilingYear");
        if (year is < 2000 or > 2100)
        {
            throw new BusinessException(FilingErrorCodes.InvalidYear, ErrorKind.Validation, FilingLedger.Args("year", year), "FilingYear");
        }

        var deadline = Guard.Required(input.Deadline, "Deadline");
        var title = Guard.Optional(input.Title, "PeriodTitle", 128) ?? $"{year}—{year + 1} 学年";
        var period = await db.Set<FilingPeriod>().FirstOrDefaultAsync(p => p.Year == year, ct);
        if (period is null)
        {
            period = new FilingPeriod { Year = year };
            db.Add(period);
        }

        period.Title = title;
        period.Deadline = deadline;
        period.IsOpen = input.IsOpen;
        await db.SaveChangesAsync(ct);
        return (await FindAsync(year, ct))!;
    }
}
