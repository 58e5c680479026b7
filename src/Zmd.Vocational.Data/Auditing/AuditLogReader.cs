using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Auditing;

namespace Zmd.Vocational.Data.Auditing;

internal sealed class AuditLogReader(VocationalDbContext db) : IAuditLogReader
{
    public async Task<IReadOnlyList<EntityChangeDto>> GetChangesAsync(string? entityType, string? entityId, int take, CancellationToken ct = default)
    {
        var query = db.Set<EntityChange>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(c => c.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(c => c.EntityId == entityId);
        }

        var rows = await query.OrderByDescending(c => c.ChangedAt).Take(Math.Clamp(take, 1, 1000)).Include(c => c.Properties).ToListAsync(ct);
        return rows.Select(c => new EntityChangeDto(c.Id, c.ChangedAt, c.UserName, c.EntityType, c.EntityId, c.Kind,
            c.Properties.OrderBy(p => p.PropertyName, StringComparer.Ordinal).Select(p => new PropertyChangeDto(p.PropertyName, p.OldValue, p.NewValue)).ToList())).ToList();
    }
}
