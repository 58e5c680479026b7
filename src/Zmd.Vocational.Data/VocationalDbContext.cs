using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Data;

/// <summary>The one DbContext of the application, composed of every module's model. Modules reach it as
/// <see cref="DbContext"/> and only through their own entity types, which other modules cannot name.
/// Two global filters apply: soft delete, and the school scope of the current user.</summary>
public abstract class VocationalDbContext(DbContextOptions options, ICurrentUser currentUser) : DbContext(options)
{
    public const string SoftDeleteFilter = QueryFilters.SoftDelete;
    public const string SchoolScopeFilter = QueryFilters.SchoolScope;

    internal ICurrentUser CurrentUser { get; } = currentUser;

    /// <summary>Read by the school filter on every query (EF parameterizes members of the context).</summary>
    protected bool SeesAllSchools => CurrentUser.SeesAllSchools();

    /// <summary>Guid.Empty for a caller without a school: it matches no row.</summary>
    protected Guid CurrentSchoolIdOrEmpty => CurrentUser.SchoolId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The kernel's tables, then every module's, in the module list's order.
        modelBuilder.ConfigureKernel();
        foreach (var module in ModulesRegistry.Modules)
        {
            module.ConfigureModel(modelBuilder);
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()))
        {
            ApplyGlobalFilters(modelBuilder, entityType);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored in UTC and read back as UTC on both providers.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private void ApplyGlobalFilters(ModelBuilder modelBuilder, IMutableEntityType entityType)
    {
        var clrType = entityType.ClrType;
        var entity = Expression.Parameter(clrType, "e");
        var self = Expression.Constant(this, typeof(VocationalDbContext));

        if (typeof(ISoftDelete).IsAssignableFrom(clrType))
        {
            var notDeleted = Expression.Not(Expression.Property(entity, nameof(ISoftDelete.IsDeleted)));
            modelBuilder.Entity(clrType).HasQueryFilter(SoftDeleteFilter, Expression.Lambda(notDeleted, entity));
        }

        var ownerKey = entityType.FindSchoolOwnerKey() ?? (typeof(ISchoolOwned).IsAssignableFrom(clrType) ? nameof(ISchoolOwned.SchoolId) : null);
        if (ownerKey is not null)
        {
            // e => SeesAllSchools || e.<ownerKey> == CurrentSchoolIdOrEmpty
            var seesAll = Expression.Property(self, nameof(SeesAllSchools));
            var owner = Expression.Property(entity, ownerKey);
            var current = Expression.Property(self, nameof(CurrentSchoolIdOrEmpty));
            var body = Expression.OrElse(seesAll, Expression.Equal(owner, current));
            modelBuilder.Entity(clrType).HasQueryFilter(SchoolScopeFilter, Expression.Lambda(body, entity));
        }
    }
}
