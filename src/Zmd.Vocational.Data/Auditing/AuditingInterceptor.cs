using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Data.Auditing;

/// <summary>Before every save: fills audit fields, turns deletes of soft-deletable rows into marks, and writes an
/// entity-change record (who, when, old, new) for entities marked <see cref="IChangeAudited"/> — in the same
/// transaction as the change itself, so there is never a change without its audit entry. Entries of append-only logs
/// (<see cref="IAppendOnly"/>) are never modified or deleted: such a save is refused whole.</summary>
internal sealed class AuditingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is not VocationalDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        RefuseChangesToAppendOnlyLogs(db);
        var now = clock.GetUtcNow().UtcDateTime;
        var user = db.CurrentUser;
        var changes = new List<EntityChange>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            SetAuditFields(entry, now, user.UserName);
            if (entry.Entity is IChangeAudited)
            {
                changes.Add(Describe(entry, now, user));
            }
        }

        db.AddRange(changes);
    }

    /// <summary>Audit and security log entries are only ever added. Throwing here, before anything is sent, means the
    /// whole save is refused: nothing else in it is stored either. (The database's triggers refuse the same for SQL
    /// that bypasses this path: ExecuteUpdate, ExecuteDelete, raw SQL.)</summary>
    private static void RefuseChangesToAppendOnlyLogs(DbContext db)
    {
        var altered = db.ChangeTracker.Entries()
            .FirstOrDefault(e => e.Entity is IAppendOnly && e.State is EntityState.Modified or EntityState.Deleted);
        if (altered is not null)
        {
            throw new BusinessException(CoreErrorCodes.AppendOnly, ErrorKind.Forbidden,
                new Dictionary<string, object?> { ["entity"] = altered.Metadata.ClrType.Name });
        }
    }

    private static void SetAuditFields(EntityEntry entry, DateTime now, string? userName)
    {
        if (entry.State == EntityState.Deleted && entry.Entity is ISoftDelete soft)
        {
            entry.State = EntityState.Modified;
            soft.IsDeleted = true;
            soft.DeletedAt = now;
            soft.DeletedBy = userName;
        }

        if (entry.Entity is not IAuditedObject audited)
        {
            return;
        }

        if (entry.State == EntityState.Added)
        {
            audited.CreatedAt = now;
            audited.CreatedBy = userName;
        }
        else if (entry.State == EntityState.Modified)
        {
            audited.ModifiedAt = now;
            audited.ModifiedBy = userName;
            // Creation fields are never rewritten by an edit.
            entry.Property(nameof(IAuditedObject.CreatedAt)).IsModified = false;
            entry.Property(nameof(IAuditedObject.CreatedBy)).IsModified = false;
        }
    }

    private static EntityChange Describe(EntityEntry entry, DateTime now, ICurrentUser user)
    {
        var kind = entry.State switch
        {
            EntityState.Added => EntityChangeKind.Created,
            EntityState.Deleted => EntityChangeKind.Deleted,
            _ when entry.Entity is ISoftDelete { IsDeleted: true } && entry.Property(nameof(ISoftDelete.IsDeleted)).IsModified => EntityChangeKind.Deleted,
            _ => EntityChangeKind.Updated,
        };
        var change = new EntityChange
        {
            ChangedAt = now,
            UserName = user.UserName,
            UserId = user.UserId,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue))),
            Kind = kind,
        };

        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(IAuditedObject.ModifiedAt) or nameof(IAuditedObject.ModifiedBy) or nameof(IAuditedObject.CreatedAt) or nameof(IAuditedObject.CreatedBy))
            {
                continue;
            }

            var oldValue = entry.State == EntityState.Added ? null : Format(property.OriginalValue);
            var newValue = entry.State == EntityState.Deleted ? null : Format(property.CurrentValue);
            if (entry.State == EntityState.Modified && (!property.IsModified || oldValue == newValue))
            {
                continue;
            }

            if (entry.State == EntityState.Added && newValue is null)
            {
                continue;
            }

            var personal = property.Metadata.PropertyInfo?.GetCustomAttribute<PersonalDataAttribute>() is not null;
            change.Properties.Add(new PropertyChange
            {
                EntityChangeId = change.Id,
                PropertyName = name,
                OldValue = personal && oldValue is not null ? "***" : Truncate(oldValue),
                NewValue = personal && newValue is not null ? "***" : Truncate(newValue),
            });
        }

        return change;
    }

    /// <summary>A value as the log keeps it. Binary content (an attachment's bytes) as its SHA-256 and size: enough to
    /// tell which file it was, without copying the file into the log.</summary>
    private static string? Format(object? value) => value switch
    {
        null => null,
        byte[] bytes => $"SHA-256 {Convert.ToHexStringLower(SHA256.HashData(bytes))} ({bytes.Length} bytes)",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Truncate(string? value) => value is { Length: > 2000 } ? value[..2000] : value;
}
