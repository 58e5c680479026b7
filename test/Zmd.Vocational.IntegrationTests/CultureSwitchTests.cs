using System.Net;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>The language switch stores the choice and goes back, to local paths only.</summary>
public sealed class CultureSwitchTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/Targets", "/Targets")]
    [InlineData("//evil.example", "/")]
    [InlineData("/%5Cevil.example", "/")]
    [InlineData("https://evil.example/", "/")]
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
}
