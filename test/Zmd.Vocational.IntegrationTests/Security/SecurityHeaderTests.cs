using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Endpoints;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>Every response carries the security headers and a Content-Security-Policy without inline script or style;
/// the report preview keeps its own stricter policy that lets the application frame it; the API reference page allows
/// exactly its one inline script by hash. Over plain HTTP (Security:RequireHttps false) there is no HSTS and cookies are
/// not marked Secure.</summary>
public sealed partial class SecurityHeaderTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/Monitoring")]
    [InlineData("/api/targets")]
    [InlineData("/css/site.css")]
    [InlineData("/health")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(url);

        Header(response, "Content-Security-Policy").ShouldBe(PagePolicy);
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin");
        Header(response, "Permissions-Policy").ShouldContain("camera=()");
        Header(response, "Cross-Origin-Opener-Policy").ShouldBe("same-origin");
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("HSTS only when Security:RequireHttps is true");
    }

    [Fact]
    public async Task Cookies_are_HttpOnly_and_SameSite_and_not_Secure_over_plain_http_in_development()
    {
        using var client = fixture.App.CreateClient();
        var page = await client.GetAsync("/Account/Login");
        var antiforgery = page.SetCookies().Single(c => c.StartsWith("zmd.antiforgery=", StringComparison.Ordinal));
        antiforgery.ShouldContain("samesite=strict");
        antiforgery.ShouldContain("httponly");
        antiforgery.ShouldNotContain("secure");

        var login = await client.PostJsonAsync("/api/account/login", new { userName = "analyst", password = Zmd.Vocational.TestKit.TestApp.DemoPassword });
        var auth = login.SetCookies().Single(c => c.StartsWith("zmd.auth=", StringComparison.Ordinal));
        auth.ShouldContain("samesite=lax");
        auth.ShouldContain("httponly");
        auth.ShouldNotContain("secure");

        var culture = (await client.GetAsync("/culture/en?returnUrl=/")).SetCookies().Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        culture.ShouldContain("samesite=lax");
        culture.ShouldContain("httponly");
    }

    [Fact]
    public async Task The_report_preview_keeps_its_own_policy_and_only_this_application_may_frame_it()
    {
        using var approver = await fixture.App.LoginAsync("approver");
        var id = (await (await approver.PostJsonAsync("/api/reports", new { template = "city-report", year = 2025 })).ReadAsync<EditionDto>()).Id;

        using var preview = await approver.GetAsync($"/api/reports/{id}/download?format=html&inline=true");
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(preview, "Content-Security-Policy").ShouldBe(ReportEditionEndpoints.ReportContentSecurityPolicy);
        Header(preview, "X-Frame-Options").ShouldBe("SAMEORIGIN");
        Header(preview, "X-Content-Type-Options").ShouldBe("nosniff");

        // The edition page that frames it keeps the strict page policy (frames from this origin only).
        using var page = await approver.GetAsync($"/Reports/{id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(page, "Content-Security-Policy").ShouldBe(PagePolicy);
        (await page.Content.ReadAsStringAsync()).ShouldContain("class=\"report-preview\"");
    }

    [Fact]
    public async Task The_api_reference_page_allows_exactly_its_inline_script_by_hash()
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync("/api-docs/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var inline = InlineScript().Matches(html).Select(m => m.Groups[1].Value).ToList();
        inline.ShouldNotBeEmpty("Scalar starts from an inline module script");

        var policy = Header(response, "Content-Security-Policy");
        foreach (var script in inline)
        {
            policy.ShouldContain("'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'");
        }

        policy.ShouldNotContain("script-src 'self' 'unsafe-inline'");
        policy.ShouldContain("frame-ancestors 'none'");
        Header(response, "X-Frame-Options").ShouldBe("DENY");

        // Its script files get the same policy without any hash.
        using var scriptFile = await client.GetAsync("/api-docs/scalar.js");
        Header(scriptFile, "Content-Security-Policy").ShouldContain("script-src 'self';");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new ShouldAssertException($"{name} is missing on {response.RequestMessage?.RequestUri}");

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
