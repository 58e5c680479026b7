using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>The build-out's services (the gate, the service, its figures as a measure source) and the dashboard. Its menu
/// entry and demo seed are listed on <see cref="CollegeModule"/>.</summary>
internal static class BuildOutRegistration
{
    public static IServiceCollection AddBuildOut(this IServiceCollection services)
    {
        services.AddScoped<CollegeAccess>();
        services.AddScoped<IMeasureSource, BuildOutFigures>();
        services.AddScoped<BuildOutRecorder>();
        services.AddScoped<IBuildOutService, BuildOutService>();
        services.AddScoped<ICollegeDashboard, CollegeDashboardService>();
        return services;
    }
}
