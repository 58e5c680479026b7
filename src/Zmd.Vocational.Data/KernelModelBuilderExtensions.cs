using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Auditing;

namespace Zmd.Vocational.Data;

/// <summary>The kernel's own tables ("Sys" prefix): the entity-change audit log.</summary>
public static class KernelModelBuilderExtensions
{
    public const string TablePrefix = "Sys";

    public static void ConfigureKernel(this ModelBuilder builder)
    {
        builder.Entity<EntityChange>(b =>
        {
            b.ToTable(TablePrefix + "EntityChanges");
            b.Property(x => x.UserName).HasMaxLength(256);
            b.Property(x => x.EntityType).HasMaxLength(128).IsRequired();
            b.Property(x => x.EntityId).HasMaxLength(64).IsRequired();
            b.HasIndex(x => new { x.EntityType, x.EntityId });
            b.HasIndex(x => x.ChangedAt);
            b.HasMany(x => x.Properties).WithOne().HasForeignKey(p => p.EntityChangeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PropertyChange>(b =>
        {
            b.ToTable(TablePrefix + "PropertyChanges");
            b.Property(x => x.PropertyName).HasMaxLength(128).IsRequired();
            b.Property(x => x.OldValue).HasMaxLength(2000);
            b.Property(x => x.NewValue).HasMaxLength(2000);
        });
    }
}
