using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Domain;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>Reads filings as DTOs with their school's code and name. Both the filings and the schools go through the
/// school filter, so a school user only ever reads their own.</summary>
internal sealed class FilingReader(DbContext db, ISchoolDirectory schools)
{
    public async Task<FilingDto> GetAsync(Guid id, CancellationToken ct)
    {
        var filing = await db.Set<SchoolFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw BusinessException.NotFound(FilingErrorCodes.FilingNotFound, id);
        var school = await schools.GetAsync(filing.SchoolId, ct);
        return ToDto(filing, school);
    }

    public async Task<IReadOnlyList<FilingDto>> ListAsync(int year, string? schoolCode, FilingState? state, CancellationToken ct)
    {
        var visible = (await schools.ListAsync(new SchoolQuery(), ct)).ToDictionary(s => s.Id);
        var query = db.Set<SchoolFiling>().AsNoTracking().Where(f => f.Year == year);
        if (state is { } s)
        {
            query = query.Where(f => f.State == s);
        }

        var rows = await query.ToListAsync(ct);
        return rows.Where(f => visible.ContainsKey(f.SchoolId))
            .Select(f => ToDto(f, visible[f.SchoolId]))
            .Where(f => schoolCode is null || f.SchoolCode == schoolCode)
            .OrderBy(f => f.SchoolCode, StringComparer.Ordinal).ThenBy(f => f.DatasetCode, StringComparer.Ordinal)
            .ToList();
    }

    internal static FilingDto ToDto(SchoolFiling f, SchoolDto school) =>
        new(f.Id, f.SchoolId, school.Code, school.Name, f.Year, f.DatasetCode, f.State, f.Version, f.RowCount,
            f.UploadedAt, f.UploadedBy, f.SubmittedAt, f.SubmittedBy, f.ReviewedAt, f.ReviewedBy, f.ReviewComment);
}
