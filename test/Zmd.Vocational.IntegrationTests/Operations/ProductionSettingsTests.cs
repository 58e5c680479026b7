using System.Net;
using System.Text.Json.Nodes;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Operations;

/// <summary>etc/appsettings.Production.example.json is settings the host starts with: every key of it is given to a
/// real host, except the database and the server's folders, which point at the test's own.</summary>
public sealed class ProductionSettingsTests
{
    private static readonly string Example = Path.Combine(RepositoryPaths.Root, "etc", "appsettings.Production.example.json");

    /// <summary>The keys a test machine cannot take from the example: its database and the server's folders.</summary>
    private static readonly string[] Replaced =
    [
        "Database:Provider", "Database:MigrateOnStartup", "ConnectionStrings:Default", "Seeding:Directory",
        "Reporting:TemplatesDirectory", "Filing:ReportsDirectory", "DataProtection:KeysDirectory",
    ];

    [Fact]
    public async Task The_example_production_settings_start_the_host_and_only_its_host_name_is_served()
    {
        var settings = Flatten(JsonNode.Parse(await File.ReadAllTextAsync(Example))!, "")
            .Where(kv => !Replaced.Contains(kv.Key))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["AllowedHosts"].ShouldBe("zmd.example.gov.cn");
        settings["ForwardedHeaders:KnownProxies:0"].ShouldBe("127.0.0.1");
        settings["Seeding:Demo"].ShouldBe("false");

        var keys = Directory.CreateTempSubdirectory("zmd-keys-").FullName;
        settings["DataProtection:KeysDirectory"] = keys;
        try
        {
            await using var app = await TestApp.StartAsync(demo: false, settings: settings);
            using var client = app.CreateClient();
            (await HealthAsync(client, "zmd.example.gov.cn")).ShouldBe(HttpStatusCode.OK);
            (await HealthAsync(client, "intruder.example")).ShouldBe(HttpStatusCode.BadRequest, "AllowedHosts refuses other host names");
            Directory.GetFiles(keys, "key-*.xml").ShouldNotBeEmpty("the keys are kept in DataProtection:KeysDirectory");
        }
        finally
        {
            Directory.Delete(keys, recursive: true);
        }
    }

    private static async Task<HttpStatusCode> HealthAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = host;
        return (await client.SendAsync(request)).StatusCode;
    }

    /// <summary>JSON to configuration keys, as the JSON configuration provider reads it (arrays by index).</summary>
    private static IEnumerable<KeyValuePair<string, string>> Flatten(JsonNode node, string prefix) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Flatten(p.Value, prefix.Length == 0 ? p.Key : prefix + ":" + p.Key)),
        JsonArray a => a.SelectMany((item, i) => item is null ? [] : Flatten(item, prefix + ":" + i)),
        _ => [new KeyValuePair<string, string>(prefix, node.ToString())],
    };
}
