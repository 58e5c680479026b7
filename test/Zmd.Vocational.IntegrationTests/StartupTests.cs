using System.Net;
using System.Text.Json;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>Starting on an empty folder creates the database and serves the home page, /health and the OpenAPI document.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Empty_folder_gets_a_database_and_the_app_serves_home_health_and_openapi()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        if (app.Database.Provider == "Sqlite")
        {
            File.Exists(Path.Combine(app.Database.Folder, "zmd.db")).ShouldBeTrue();
        }

        using var client = app.CreateClient();
        var home = await client.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync()).ShouldContain("驻马店职业教育监测系统");

        var health = await client.GetAsync("/health");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var doc = JsonDocument.Parse(await health.Content.ReadAsStringAsync()))
        {
            doc.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
            doc.RootElement.GetProperty("checks").GetProperty("database").GetProperty("description").GetString().ShouldBe(app.Database.Provider);
        }

        var openApi = await client.GetAsync("/openapi/v1.json");
        openApi.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var doc = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync()))
        {
            var paths = doc.RootElement.GetProperty("paths");
            paths.TryGetProperty("/api/targets", out _).ShouldBeTrue();
            paths.TryGetProperty("/api/schools/{id}", out _).ShouldBeTrue();
        }

        // The API reference page and its script are served by the app itself (no CDN: bureau networks are closed).
        var docs = await client.GetAsync("/api-docs/");
        docs.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await docs.Content.ReadAsStringAsync()).ShouldNotContain("cdn.");
        (await client.GetAsync("/api-docs/scalar.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
