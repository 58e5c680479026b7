using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Institutions.Domain;

namespace Zmd.Vocational.Institutions.Application;

internal sealed class MajorCatalog(DbContext db) : IMajorCatalog
{
    public async Task<IReadOnlyList<MajorDto>> ListAsync(MajorLevel? level, string? search, CancellationToken ct = default)
    {
        var majors = db.Set<Major>().AsNoTracking();
        if (level is { } l)
        {
            majors = majors.Where(m => m.Level == l);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            majors = majors.Where(m => m.Name.Contains(s) || m.Code.StartsWith(s) || m.Category.Contains(s));
        }

        return await majors.OrderBy(m => m.Level).ThenBy(m => m.Code).ProjectToDto().ToListAsync(ct);
    }

    public async Task<MajorDto?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        await db.Set<Major>().AsNoTracking().Where(m => m.Code == code.Trim()).ProjectToDto().FirstOrDefaultAsync(ct);
}
