using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Data;

namespace Zmd.Vocational.Cli;

/// <summary>The same modules as the web host, acting as the system user (sees every school). Configuration comes
/// from appsettings.json beside the binary and the environment (Database__Provider, ConnectionStrings__Default),
/// exactly as for the web host.</summary>
internal static class CliHost
{
    public static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.IncludeScopes = false;
        });
        // Log lines go to stderr: stdout is the command's output (JSON for --json), fit to pipe into another tool.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddModules(builder.Configuration);
        builder.Services.AddSingleton<ICurrentUser, SystemCurrentUser>();
        return builder.Build();
    }

    public static async Task InitializeAsync(IHost host, bool demo, CancellationToken ct)
    {
        var seeds = host.Services.GetRequiredService<SeedsLocation>().Directory;
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new DataSeedContext(demo, seeds), ct);
    }
}
