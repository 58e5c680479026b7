using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>The college's training output: its three datasets registered with Filing (handlers and demo row generators)
/// and their measures with monitoring.</summary>
internal static class OutputRegistration
{
    public static IServiceCollection AddTrainingOutput(this IServiceCollection services)
    {
        services.AddScoped<IDatasetHandler, OutputDatasetHandler>();
        services.AddScoped<IDatasetHandler, InternshipDatasetHandler>();
        services.AddScoped<IDatasetHandler, StudioDatasetHandler>();
        services.AddSingleton<IDemoRowGenerator, OutputDemoRows>();
        services.AddSingleton<IDemoRowGenerator, InternshipDemoRows>();
        services.AddSingleton<IDemoRowGenerator, StudioDemoRows>();
        services.AddScoped<IMeasureSource, OutputMeasures>();
        services.AddScoped<IMeasureSource, InternshipMeasures>();
        services.AddScoped<IMeasureSource, StudioMeasures>();
        return services;
    }
}
