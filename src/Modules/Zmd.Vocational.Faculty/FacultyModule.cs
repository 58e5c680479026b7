using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Faculty.Application;
using Zmd.Vocational.Faculty.Contracts;
using Zmd.Vocational.Faculty.Data;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Faculty;

/// <summary>The teacher roster. Needs the composed DbContext (as DbContext), IBulkInserter, ICurrentUser and TimeProvider.</summary>
public sealed class FacultyModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(FacultyPermissionProvider)];

    /// <summary>Registers the teacher roster with Filing (as an <see cref="IDatasetHandler"/>) and its measures.</summary>
    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDatasetHandler, TeacherDatasetHandler>();
        services.AddSingleton<IDemoRowGenerator, TeacherDemoRows>();
        services.AddScoped<IMeasureSource, TeacherMeasures>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureFaculty();
}

/// <summary>Every role may see teacher rosters; the school filter limits a school filer to their own school.</summary>
internal sealed class FacultyPermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(FacultyPermissions.View, FacultyPermissions.Group, [.. RoleNames.All]),
    ];
}
