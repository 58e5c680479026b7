using System.Net;
using System.Net.Http.Json;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Operations;

/// <summary>DataProtection:KeysDirectory: instances (or restarts) pointed at the same keys folder accept each other's
/// sign-in cookies; an instance with other keys does not.</summary>
public sealed class DataProtectionKeysTests
{
    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_another_sharing_the_keys_directory()
    {
        var keys = Directory.CreateTempSubdirectory("zmd-keys-").FullName;
        var otherKeys = Directory.CreateTempSubdirectory("zmd-keys-").FullName;
        try
        {
            await using var first = await TestApp.StartAsync(settings: new Dictionary<string, string> { ["DataProtection:KeysDirectory"] = keys });
            await using var second = await TestApp.StartAsync(demo: false, database: first.Database,
                settings: new Dictionary<string, string> { ["DataProtection:KeysDirectory"] = keys });
            await using var stranger = await TestApp.StartAsync(demo: false, database: first.Database,
                settings: new Dictionary<string, string> { ["DataProtection:KeysDirectory"] = otherKeys });

            var jar = new CookieContainer();
            using (var login = new HttpClient(new HttpClientHandler { CookieContainer = jar }) { BaseAddress = first.Address })
            {
                (await login.PostAsJsonAsync("/api/account/login", new { userName = "analyst", password = TestApp.DemoPassword })).EnsureSuccessStatusCode();
            }

            var cookie = jar.GetCookieHeader(first.Address);
            cookie.ShouldNotBeNullOrEmpty();
            (await GetSchoolsAsync(first, cookie)).ShouldBe(HttpStatusCode.OK);
            (await GetSchoolsAsync(second, cookie)).ShouldBe(HttpStatusCode.OK, "the second instance reads the first one's key");
            (await GetSchoolsAsync(stranger, cookie)).ShouldBe(HttpStatusCode.Unauthorized, "an instance with other keys cannot read the cookie");

            // One key ring, in the folder: the second instance used the first one's key instead of making its own.
            Directory.GetFiles(keys, "key-*.xml").Length.ShouldBe(1);
            Directory.GetFiles(otherKeys, "key-*.xml").Length.ShouldBe(1);
        }
        finally
        {
            Directory.Delete(keys, recursive: true);
            Directory.Delete(otherKeys, recursive: true);
        }
    }

    private static async Task<HttpStatusCode> GetSchoolsAsync(TestApp app, string cookie)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/schools");
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }
}
