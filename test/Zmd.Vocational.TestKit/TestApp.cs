using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Web.Infrastructure;

namespace Zmd.Vocational.TestKit;

/// <summary>The real web host, started on 127.0.0.1 with a free port, over its own database, with the demo users.
/// Tests talk to it over real HTTP (and browsers can reach it).</summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string DemoPassword = "Zmd@2025demo";

    private readonly bool _ownsDatabase;

    private TestApp(WebApplication app, TestDatabase database, Uri address, bool ownsDatabase)
    {
        App = app;
        Database = database;
        Address = address;
        _ownsDatabase = ownsDatabase;
    }

    public WebApplication App { get; }
    public TestDatabase Database { get; }
    public Uri Address { get; }
    public IServiceProvider Services => App.Services;

    /// <summary>Starts a host over a new database, or over <paramref name="database"/> (a restart: the caller keeps
    /// ownership of that database and disposes it). <paramref name="settings"/> come last and override the defaults.</summary>
    /// <param name="clock">A clock the test moves (e.g. to see a token expire); the system clock otherwise.</param>
    /// <param name="services">Registrations added after the application's own (e.g. a <see cref="RequestRecorder"/>).</param>
    public static async Task<TestApp> StartAsync(bool demo = true, bool? postgres = null, IDictionary<string, string>? settings = null, TestDatabase? database = null,
        TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        var ownsDatabase = database is null;
        database ??= await TestDatabase.CreateAsync(postgres);
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            "--contentRoot", RepositoryPaths.WebProject,
            "--environment", "Testing",
            "--Database:Provider", database.Provider,
            "--ConnectionStrings:Default", database.ConnectionString,
            "--Seeding:Demo", demo ? "true" : "false",
            // Demo accounts yes, the demo city's 115,000 students no: every test host starts in a second.
            "--Seeding:DemoFilings", "false",
            "--Logging:LogLevel:Default", "Warning",
            // Every test signs in from 127.0.0.1; the login rate limit is tested with its own small settings.
            "--Security:LoginRateLimit:PermitLimit", "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            args.Add("--" + key);
            args.Add(value);
        }

        var app = await WebHostSetup.BuildAsync([.. args], registrations =>
        {
            if (clock is not null)
            {
                registrations.AddSingleton(clock);
            }

            services?.Invoke(registrations);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            // A host that refuses to start (a start-up check) leaves nothing behind: its services and the new database.
            await app.DisposeAsync();
            if (ownsDatabase)
            {
                await database.DisposeAsync();
            }

            throw;
        }

        var address = new Uri(app.Urls.First());
        return new TestApp(app, database, address, ownsDatabase);
    }

    /// <summary>A client with its own cookie jar; redirects are not followed so tests can see them.</summary>
    public HttpClient CreateClient(bool followRedirects = false)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = followRedirects };
        return new HttpClient(handler) { BaseAddress = Address };
    }

    /// <summary>Signs in through the real login endpoint and returns a client carrying the auth cookie.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password = DemoPassword)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public static System.Text.Json.JsonSerializerOptions Json => ZmdJson.Options;

    public AsyncServiceScope CreateScope() => App.Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}
