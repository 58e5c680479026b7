using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Domain;

namespace Zmd.Vocational.Targets.Application;

/// <summary>Reads the register. The plan has about fifty targets, so rows are loaded whole and the conflict
/// groups are resolved in memory rather than by a self-join.</summary>
internal sealed class TargetRegister(DbContext db) : ITargetRegister
{
    private IQueryable<Target> Targets => db.Set<Target>().AsNoTracking();

    public async Task<IReadOnlyList<TargetDto>> ListAsync(CancellationToken ct = default)
    {
        var targets = await Targets.OrderBy(t => t.Sort).ThenBy(t => t.Code).ToListAsync(ct);
        var groups = targets.Where(t => t.ConflictGroup is not null).ToLookup(t => t.ConflictGroup!, t => t.Code, StringComparer.Ordinal);
        return targets.Select(t => t.ToDto(OthersIn(groups, t))).ToList();
    }

    public async Task<TargetDto> GetAsync(string code, CancellationToken ct = default)
    {
        var wanted = code.Trim();
        var target = await Targets.FirstOrDefaultAsync(t => t.Code == wanted, ct)
            ?? throw BusinessException.NotFound(TargetsErrorCodes.TargetNotFound, wanted);
        if (target.ConflictGroup is null)
        {
            return target.ToDto([]);
        }

        var others = await Targets
            .Where(t => t.ConflictGroup == target.ConflictGroup && t.Code != target.Code)
            .OrderBy(t => t.Sort).ThenBy(t => t.Code)
            .Select(t => t.Code)
            .ToListAsync(ct);
        return target.ToDto(others);
    }

    private static List<string> OthersIn(ILookup<string, string> groups, Target target) =>
        target.ConflictGroup is null ? [] : groups[target.ConflictGroup].Where(c => c != target.Code).ToList();
}
