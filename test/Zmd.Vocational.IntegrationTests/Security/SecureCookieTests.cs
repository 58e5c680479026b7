using System.Net;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>With Security:RequireHttps (production, behind nginx) a request that nginx forwarded as HTTPS gets HSTS, and
/// every cookie is Secure, HttpOnly, SameSite and named __Host-…; X-Forwarded-Proto is believed only from a known proxy, and a plain HTTP request is redirected to HTTPS.</summary>
public sealed class SecureCookieTests
{
    private static readonly Dictionary<string, string> Production = new() { ["Security:RequireHttps"] = "true" };

    [Fact]
    public async Task Behind_the_proxy_over_https_cookies_are_Secure_with_the_Host_prefix_and_HSTS_is_sent()
    {
        await using var app = await TestApp.StartAsync(settings: Production);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var page = await client.GetAsync("/Account/Login");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000");
        ShouldBeSecureHostCookie(page, "__Host-zmd.antiforgery=", "samesite=strict");

        var login = await client.PostJsonAsync("/api/account/login", new { userName = "analyst", password = TestApp.DemoPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        ShouldBeSecureHostCookie(login, "__Host-zmd.auth=", "samesite=lax");

        var culture = await client.GetAsync("/culture/en?returnUrl=/");
        ShouldBeSecureHostCookie(culture, "__Host-.AspNetCore.Culture=", "samesite=lax");

        // A request the proxy did not mark as HTTPS is sent there, without HSTS (browsers ignore it over plain HTTP).
        using var plain = app.CreateClient();
        var redirected = await plain.GetAsync("/Account/Login");
        redirected.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        redirected.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task A_plain_http_request_is_redirected_to_https_and_X_Forwarded_Proto_counts_only_from_a_known_proxy()
    {
        // 127.0.0.1 is not a known proxy of this host: its X-Forwarded-Proto is not believed, the request is plain HTTP.
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string>(Production) { ["ForwardedHeaders:KnownProxies:0"] = "10.9.9.9" });
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var page = await client.GetAsync("/Account/Login?ReturnUrl=%2FMonitoring");
        page.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        page.Headers.Location!.ToString().ShouldBe($"https://{app.Address.Host}/Account/Login?ReturnUrl=%2FMonitoring");
        page.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        page.SetCookies().ShouldBeEmpty();

        // The machine's own monitoring still reads /health over plain HTTP.
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static void ShouldBeSecureHostCookie(HttpResponseMessage response, string prefix, string sameSite)
    {
        var cookie = response.SetCookies().SingleOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal));
        cookie.ShouldNotBeNull($"no {prefix} cookie in: {string.Join(" | ", response.SetCookies())}");
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("path=/");
        cookie.ShouldContain(sameSite);
        cookie.ShouldNotContain("domain=");
    }
}
