using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Institutions.Domain;

namespace Zmd.Vocational.Institutions.Application;

internal sealed class CountyDirectory(DbContext db) : ICountyDirectory
{
    public async Task<IReadOnlyList<CountyDto>> ListAsync(CancellationToken ct = default) =>
        await db.Set<County>().AsNoTracking().OrderBy(c => c.Sort).ThenBy(c => c.Code).ProjectToDto().ToListAsync(ct);
}
