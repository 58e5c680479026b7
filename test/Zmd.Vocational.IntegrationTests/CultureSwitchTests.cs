using System.Net;
using System.Text.Json;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>The language switch stores the choice and goes back, to local paths only.</summary>
public sealed class CultureSwitchTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/Targets", "/Targets")]
    [InlineData("//evil.example", "/")]
    [InlineData("/%5Cevil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    // A browser drops a tab, CR or LF from a URL: each of these is "//evil.example" to it (they answered 500).
    [InlineData("/%09/evil.example", "/")]
    [InlineData("/%0D%0A/evil.example", "/")]
    [InlineData("/%0A/evil.example", "/")]
    [InlineData("/Targets%0D%0ASet-Cookie:%20x=y", "/")]
    public async Task Switching_language_redirects_only_to_local_paths(string returnUrl, string expected)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync("/culture/en?returnUrl=" + Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl)));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(expected);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.Contains("c%3Den%7Cuic%3Den"));
    }

    [Fact]
    public async Task The_chosen_language_is_used_by_the_pages()
    {
        using var client = fixture.App.CreateClient();
        (await client.GetStringAsync("/")).ShouldContain("驻马店职业教育监测系统");
        await client.GetAsync("/culture/en?returnUrl=/");
        (await client.GetStringAsync("/")).ShouldContain("Zhumadian Vocational Education Monitoring");
    }

    [Fact]
    public async Task The_language_switch_is_in_the_openapi_document()
    {
        using var client = fixture.App.CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var get = doc.RootElement.GetProperty("paths").GetProperty("/culture/{name}").GetProperty("get");
        get.GetProperty("operationId").GetString().ShouldBe("SwitchCulture");
        get.GetProperty("summary").GetString().ShouldBe("切换界面语言 / Switch the page language");
        get.GetProperty("description").GetString()!.ShouldContain("returnUrl");
        get.GetProperty("responses").TryGetProperty("302", out _).ShouldBeTrue();
        get.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString()))
            .ShouldBe([("name", "path"), ("returnUrl", "query")], ignoreOrder: true);
    }
}
