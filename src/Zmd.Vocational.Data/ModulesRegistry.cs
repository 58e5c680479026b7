using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Apprenticeship;
using Zmd.Vocational.Certificates;
using Zmd.Vocational.Data.Backup;
using Zmd.Vocational.College;
using Zmd.Vocational.Reporting;
using Zmd.Vocational.Enrolment;
using Zmd.Vocational.Faculty;
using Zmd.Vocational.Filing;
using Zmd.Vocational.Identity;
using Zmd.Vocational.Institutions;
using Zmd.Vocational.Targets;

namespace Zmd.Vocational.Data;

/// <summary>The one explicit list of modules, in dependency order, shared by the web host and the CLI.
/// To add a module: reference it here and in Zmd.Vocational.Data.csproj, call its Add…Module below, add its
/// Configure…(ModelBuilder) to VocationalDbContext, its assembly to <see cref="ModuleAssemblies"/>, and map its
/// endpoints in the web host.</summary>
public static class ModulesRegistry
{
    public static readonly IReadOnlyList<Assembly> ModuleAssemblies =
    [
        typeof(ICurrentUser).Assembly,
        typeof(InstitutionsModule).Assembly,
        typeof(IdentityModule).Assembly,
        typeof(FilingModule).Assembly,
        typeof(FacultyModule).Assembly,
        typeof(EnrolmentModule).Assembly,
        typeof(ApprenticeshipModule).Assembly,
        typeof(CertificatesModule).Assembly,
        typeof(TargetsModule).Assembly,
        typeof(CollegeModule).Assembly,
        typeof(ReportingModule).Assembly,
    ];

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, params Assembly[] hostAssemblies)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new JsonLocalizationStore(ModuleAssemblies.Concat(hostAssemblies)));
        services.AddSingleton<JsonStringLocalizer>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<JsonStringLocalizer>());
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton(Zmd.Vocational.Core.Diagnostics.FaultPoints.From(configuration));

        var seeds = SeedCsvFile.LocateSeedsDirectory(configuration["Seeding:Directory"]);
        services.AddSingleton(new SeedsLocation(seeds));
        services.AddVocationalData(DatabaseOptions.From(configuration, Path.GetDirectoryName(seeds)!));
        services.AddDatabaseBackup(configuration);
        services.AddScoped<IAuditLogReader, Auditing.AuditLogReader>();
        services.AddScoped<Zmd.Vocational.Core.Data.IBulkInserter, Bulk.BulkInserter>();
        services.AddInstitutionsModule(configuration);
        services.AddIdentityModule(configuration);
        services.AddFilingModule(configuration);
        services.AddFacultyModule(configuration);
        services.AddEnrolmentModule(configuration);
        services.AddApprenticeshipModule(configuration);
        services.AddCertificatesModule(configuration);
        services.AddTargetsModule(configuration);
        services.AddCollegeModule(configuration);
        services.AddReportingModule(configuration);
        return services;
    }
}
