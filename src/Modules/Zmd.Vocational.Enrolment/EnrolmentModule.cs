using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Modularity;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Enrolment.Application;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Enrolment.Data;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Enrolment;

/// <summary>The student roster and the majors offered. Needs the composed DbContext (as DbContext), IBulkInserter,
/// ICurrentUser, TimeProvider and SeedsLocation.</summary>
public sealed class EnrolmentModule : VocationalModule
{
    public override IReadOnlyList<Type> PermissionProviders => [typeof(EnrolmentPermissionProvider)];

    /// <summary>Registers the student roster and the majors offered with Filing (as <see cref="IDatasetHandler"/>s, with their
    /// demo row generators, which share <see cref="DemoSchoolMajors"/>) and their measures.</summary>
    protected override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDatasetHandler, StudentDatasetHandler>();
        services.AddSingleton<IDemoRowGenerator, StudentDemoRows>();
        services.AddScoped<IDatasetHandler, MajorOfferedDatasetHandler>();
        services.AddSingleton<DemoSchoolMajors>();
        services.AddSingleton<IDemoRowGenerator, MajorOfferedDemoRows>();
        services.AddScoped<IMeasureSource, StudentMeasures>();
        services.AddScoped<IMeasureSource, MajorOfferedMeasures>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureEnrolment();
}

/// <summary>Every role may see rosters; the school filter limits a school filer to their own school.</summary>
internal sealed class EnrolmentPermissionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(EnrolmentPermissions.View, EnrolmentPermissions.Group, [.. RoleNames.All]),
    ];
}
