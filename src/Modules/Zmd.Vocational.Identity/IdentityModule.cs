using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Application;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Identity.Data;
using Zmd.Vocational.Identity.Domain;
using Zmd.Vocational.Identity.Endpoints;
using Zmd.Vocational.Identity.Seeding;

namespace Zmd.Vocational.Identity;

/// <summary>Users, roles, permission grants, API tokens, sign-in and the security log.</summary>
public sealed class IdentityModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(IdentityPermissionProvider)];

    public override IReadOnlyList<Type> MenuContributors => [typeof(IdentityMenu)];

    public override IReadOnlyList<Type> SeedContributors => [typeof(IdentitySeedContributor)];

    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        ConfigureDataProtection(services, configuration);
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:Lockout:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Identity:Lockout:Minutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<DbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddDefaultTokenProviders();

        services.AddSingleton<PermissionChecker>();
        services.AddSingleton<IPermissionChecker>(sp => sp.GetRequiredService<PermissionChecker>());
        services.AddScoped<IAccountService, AccountService>();
        services.AddScoped<IUserAdministration, UserAdministration>();
        services.AddScoped<IApiTokenService, ApiTokenService>();
        services.AddScoped<ISecurityLog, SecurityLog>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureIdentity();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapIdentityEndpoints();

    /// <summary>The keys that protect the sign-in cookie. By default they live in the user profile of the process, so a
    /// restart under another account, a second instance or a new container would invalidate every cookie. With
    /// DataProtection:KeysDirectory set, they are kept in that folder under one application name, so restarts and
    /// every instance pointed at the same folder share them.</summary>
    private static void ConfigureDataProtection(IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection();
        var keysDirectory = configuration["DataProtection:KeysDirectory"];
        if (!string.IsNullOrWhiteSpace(keysDirectory))
        {
            builder.PersistKeysToFileSystem(Directory.CreateDirectory(keysDirectory))
                .SetApplicationName(configuration["DataProtection:ApplicationName"] ?? "Zmd.Vocational");
        }
    }
}

internal sealed class IdentityPermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(IdentityPermissions.UsersView, IdentityPermissions.Group, [RoleNames.SystemAdmin]),
        new(IdentityPermissions.UsersManage, IdentityPermissions.Group, [RoleNames.SystemAdmin]),
        new(IdentityPermissions.OwnTokens, IdentityPermissions.Group, [.. RoleNames.All]),
        new(IdentityPermissions.SecurityLogView, IdentityPermissions.Group, [RoleNames.SystemAdmin]),
        new(IdentityPermissions.AuditLogView, IdentityPermissions.Group, [.. RoleNames.Bureau]),
    ];
}
