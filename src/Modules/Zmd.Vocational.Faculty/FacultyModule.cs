using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Faculty.Application;
using Zmd.Vocational.Faculty.Contracts;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Faculty;

public static class FacultyModule
{
    /// <summary>Registers the teacher roster with Filing (as an <see cref="IDatasetHandler"/>), its measures and
    /// the module's permissions. Needs the composed DbContext (as DbContext), IBulkInserter, ICurrentUser and TimeProvider.</summary>
    public static IServiceCollection AddFacultyModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDatasetHandler, TeacherDatasetHandler>();
        services.AddSingleton<IDemoRowGenerator, TeacherDemoRows>();
        services.AddScoped<IMeasureSource, TeacherMeasures>();
        services.AddSingleton<IPermissionDefinitionProvider, FacultyPermissionProvider>();
        return services;
    }
}

/// <summary>Every role may see teacher rosters; the school filter limits a school filer to their own school.</summary>
internal sealed class FacultyPermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(FacultyPermissions.View, FacultyPermissions.Group, [.. RoleNames.All]),
    ];
}
