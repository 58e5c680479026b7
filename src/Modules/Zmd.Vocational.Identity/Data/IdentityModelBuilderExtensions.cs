using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Identity.Domain;

namespace Zmd.Vocational.Identity.Data;

/// <summary>The ASP.NET Core Identity tables (the same shape IdentityDbContext builds, with our "Idn" prefix) and the
/// module's own tables. We configure them here rather than derive the composed DbContext from IdentityDbContext,
/// so the DbContext stays module-agnostic and this module owns its tables.</summary>
public static class IdentityModelBuilderExtensions
{
    public const string TablePrefix = "Idn";

    public static void ConfigureIdentity(this ModelBuilder builder)
    {
        ConfigureUsers(builder);
        ConfigureRoles(builder);

        builder.Entity<PermissionGrant>(b =>
        {
            b.ToTable(TablePrefix + "PermissionGrants");
            b.Property(x => x.RoleName).HasMaxLength(64).IsRequired();
            b.Property(x => x.Permission).HasMaxLength(128).IsRequired();
            b.HasIndex(x => new { x.RoleName, x.Permission }).IsUnique();
        });

        builder.Entity<ApiToken>(b =>
        {
            b.ToTable(TablePrefix + "ApiTokens");
            b.Property(x => x.Name).HasMaxLength(64).IsRequired();
            b.Property(x => x.Prefix).HasMaxLength(16).IsRequired();
            b.Property(x => x.TokenHash).HasMaxLength(64).IsRequired();
            b.Property(x => x.Scope).HasMaxLength(8).IsRequired();
            b.HasIndex(x => x.TokenHash).IsUnique();
            b.HasIndex(x => x.UserId);
            b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SecurityLogEntry>(b =>
        {
            b.ToTable(TablePrefix + "SecurityLog");
            b.Property(x => x.UserName).HasMaxLength(256).IsRequired();
            b.Property(x => x.ClientIp).HasMaxLength(64);
            b.Property(x => x.UserAgent).HasMaxLength(512);
            b.Property(x => x.Detail).HasMaxLength(512);
            b.HasIndex(x => x.Time);
        });
    }

    private static void ConfigureUsers(ModelBuilder builder)
    {
        builder.Entity<AppUser>(b =>
        {
            b.ToTable(TablePrefix + "Users");
            b.HasKey(u => u.Id);
            b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
            b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
            b.HasIndex(u => u.SchoolId);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(256);
            b.Property(u => u.NormalizedUserName).HasMaxLength(256);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.Property(u => u.PhoneNumber).HasMaxLength(256);
            b.Property(u => u.DisplayName).HasMaxLength(64).IsRequired();
            b.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });

        builder.Entity<IdentityUserClaim<Guid>>(b =>
        {
            b.ToTable(TablePrefix + "UserClaims");
            b.HasKey(c => c.Id);
        });

        builder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable(TablePrefix + "UserLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
        });

        builder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable(TablePrefix + "UserTokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
        });
    }

    private static void ConfigureRoles(ModelBuilder builder)
    {
        builder.Entity<AppRole>(b =>
        {
            b.ToTable(TablePrefix + "Roles");
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(r => r.Name).HasMaxLength(256);
            b.Property(r => r.NormalizedName).HasMaxLength(256);
            b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
            b.HasMany<IdentityRoleClaim<Guid>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
        });

        builder.Entity<IdentityRoleClaim<Guid>>(b =>
        {
            b.ToTable(TablePrefix + "RoleClaims");
            b.HasKey(rc => rc.Id);
        });

        builder.Entity<IdentityUserRole<Guid>>(b =>
        {
            b.ToTable(TablePrefix + "UserRoles");
            b.HasKey(r => new { r.UserId, r.RoleId });
        });
    }
}
