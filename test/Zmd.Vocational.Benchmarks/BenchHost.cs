using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Data;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.Benchmarks;

/// <summary>The application's services over a fresh database, composed as the CLI composes them (every module through
/// ModulesRegistry, acting as the system user, which may file for any school). No web server: its memory would only
/// blur the import's own.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(IHost host, TestDatabase database)
    {
        Host = host;
        Database = database;
    }

    public IHost Host { get; }

    public TestDatabase Database { get; }

    public IServiceProvider Services => Host.Services;

    /// <param name="reference">Seed reference data (schools, majors) and open <paramref name="year"/> for filing; otherwise
    /// only create the schema (for the raw baselines).</param>
    /// <param name="phases">When given, dataset handlers report their phases to it.</param>
    public static async Task<BenchHost> StartAsync(bool postgres, bool reference, int year, PhaseClock? phases = null)
    {
        var database = await TestDatabase.CreateAsync(postgres);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Seeding:Directory"] = RepositoryPaths.Seeds,
            ["Seeding:DemoFilings"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            // A province-scale roster is larger than the web upload limit; the benchmark measures the pipeline, not the limit.
            ["Filing:MaxUploadBytes"] = (8L << 30).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddModules(builder.Configuration);
        builder.Services.AddSingleton<ICurrentUser, SystemCurrentUser>();
        if (phases is not null)
        {
            ProfiledHandler.DecorateAll(builder.Services, phases);
        }

        var host = builder.Build();
        try
        {
            var initializer = host.Services.GetRequiredService<DatabaseInitializer>();
            if (reference)
            {
                await initializer.InitializeAsync(new DataSeedContext(false, RepositoryPaths.Seeds));
                await using var scope = host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IFilingCalendar>()
                    .SaveAsync(new FilingPeriodInput { Year = year, Deadline = new DateOnly(year + 1, 6, 30), IsOpen = true });
            }
            else
            {
                await initializer.MigrateAsync();
            }
        }
        catch
        {
            host.Dispose();
            await database.DisposeAsync();
            throw;
        }

        return new BenchHost(host, database);
    }

    /// <summary>One upload through the real pipeline, in a scope of its own as a web request would have.</summary>
    public async Task<ImportResultDto> ImportAsync(string dataset, string schoolCode, int year, string path)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var result = await scope.ServiceProvider.GetRequiredService<IFilingImport>().ImportAsync(dataset, schoolCode, year, Path.GetFileName(path), content);
        if (!result.Stored)
        {
            var errors = string.Join(Environment.NewLine, result.Errors.Take(10).Select(e => $"  row {e.Row} {e.Column}: {e.Message} [{e.Code}]"));
            throw new InvalidOperationException($"The import was refused with {result.ErrorCount} errors:{Environment.NewLine}{errors}");
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Database.DisposeAsync();
    }
}
