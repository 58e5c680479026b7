using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Data;
using Zmd.Vocational.Identity.Authentication;

namespace Zmd.Vocational.Web.Infrastructure;

/// <summary>Composes the web host: modules, authentication, localization, problem details, OpenAPI, health, pages.</summary>
public static class WebHostSetup
{
    /// <param name="overrideServices">Replaces registrations after the application's own (tests: e.g. a clock they control).</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<IServiceCollection>? overrideServices = null)
    {
        // The application name is fixed so Razor Pages are found even when another program (a test) is the entry assembly.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(WebHostSetup).Assembly.GetName().Name });
        ThreadPoolSetup.Apply(builder.Configuration);
        ConfigureServices(builder.Services, builder.Configuration);
        overrideServices?.Invoke(builder.Services);
        var app = builder.Build();
        await InitializeDatabaseAsync(app);
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModules(configuration, typeof(WebHostSetup).Assembly);
        services.AddSingleton<ICurrentUser, HttpContextCurrentUser>();
        services.AddIdentityWebAuthentication();
        services.AddAuthorization();
        var security = SecurityOptions.From(configuration);
        services.AddSingleton(security);
        services.AddSecureCookies(security.RequireHttps);
        services.AddTrustedForwardedHeaders(configuration);
        services.AddLoginRateLimiting(security.LoginRateLimit);
        services.AddScoped<Navigation>();

        services.AddRazorPages(o =>
            {
                // Every page needs a signed-in user unless it says otherwise; pages then require their permission.
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Index");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                // A handler that changes something requires its own permission, the one its API twin requires.
                o.Conventions.ConfigureFilter(new HandlerPermissionFilter());
            })
            .AddViewLocalization()
            .AddModulePages();
        // After AddRazorPages, so it replaces MVC's generator: validation summaries without an inline style (CSP).
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, CspSafeHtmlGenerator>();

        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = JsonLocalizationStore.SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(JsonLocalizationStore.DefaultCulture);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider { CookieName = SecureCookies.CultureCookieName(security.RequireHttps) }, new ApiAcceptLanguageProvider()];
        });

        // Razor would otherwise write every Chinese character as an &#x…; entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = StatusProblemDetails.Customize);
        services.AddExceptionHandler<BusinessExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => ZmdJson.Configure(o.SerializerOptions));
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Zmd.Vocational API — 驻马店职业教育监测系统";
            doc.Info.Description = "Cookie sign-in (POST /api/account/login) for pages, or `Authorization: Bearer zmd_…` personal API tokens for school systems. A token expires (1–365 days) and has a scope: `read` allows GET and HEAD only; `file` also allows the school's filing work (uploads and submissions under /api/filing, the college's reports under /api/college) but never token, user or bureau writes; anything else is 403 `Identity:TokenScope`. Errors are RFC 7807 problem details with a stable `code`.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    private static async Task InitializeDatabaseAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            return;
        }

        var demo = app.Configuration.GetValue<bool?>("Seeding:Demo") ?? app.Environment.IsDevelopment();
        var seeds = app.Services.GetRequiredService<SeedsLocation>().Directory;
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new DataSeedContext(demo, seeds));
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        // The client's address and scheme first (behind nginx), then the security headers, which every response gets.
        app.UseForwardedHeaders();
        var requireHttps = app.Services.GetRequiredService<SecurityOptions>().RequireHttps;
        app.UseSecurityHeaders(requireHttps);
        app.UseHttpsOnly(requireHttps);
        app.UseApiDocsContentSecurity();
        // Localization next, so error responses written by the exception handler use the caller's language too.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseCrossSiteRequestGuard();
        // An API token's scope (read / file) is checked here, for every endpoint, before the permission checks.
        app.UseApiTokenScopes();
        app.UseAuthorization();
        // Last before the endpoint: a refused login form post runs the login page itself to show the message.
        app.UseRateLimiter();

        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        // No default fonts: Scalar would fetch them from its CDN, which closed bureau networks (and the CSP) do not allow.
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("Zmd.Vocational API").DisableDefaultFonts()).AllowAnonymous();
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapCultureSwitch();

        // Every module's endpoints, in the module list's order, then the host's own.
        app.MapModuleEndpoints();
        app.MapHostEndpoints();
    }
}
