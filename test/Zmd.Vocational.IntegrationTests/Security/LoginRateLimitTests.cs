using System.Net;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>A host with the production default of 10 login attempts per address; a long window so it cannot roll over
/// during the test.</summary>
public sealed class RateLimitedAppFixture : IAsyncLifetime
{
    public const int PermitLimit = 10;
    public const int WindowSeconds = 600;

    public TestApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await TestApp.StartAsync(settings: new Dictionary<string, string>
    {
        ["Security:LoginRateLimit:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Security:LoginRateLimit:WindowSeconds"] = WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Login attempts are limited per client address (API and login form together): the 11th is answered 429 with
/// Retry-After and a localized message, even with the right password; another address is not affected. Each test uses
/// its own address through X-Forwarded-For, which the host believes from 127.0.0.1 (a known proxy).</summary>
public sealed class LoginRateLimitTests(RateLimitedAppFixture fixture) : IClassFixture<RateLimitedAppFixture>
{
    [Fact]
    public async Task The_eleventh_attempt_from_one_address_is_refused_even_with_the_right_password()
    {
        using var client = From("203.0.113.11");
        for (var i = 0; i < RateLimitedAppFixture.PermitLimit; i++)
        {
            // Unknown users, so no account gets locked out on the way.
            var attempt = await client.PostJsonAsync("/api/account/login", new { userName = "ghost" + i, password = "wrong-password" });
            attempt.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"attempt {i + 1} is within the limit");
        }

        var refused = await client.PostJsonAsync("/api/account/login", new { userName = "analyst", password = TestApp.DemoPassword });
        var problem = await refused.ProblemAsync();
        problem.Status.ShouldBe(429);
        problem.Code.ShouldBe("Security:LoginRateLimited");
        problem.Detail.ShouldStartWith("登录尝试过于频繁");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, RateLimitedAppFixture.WindowSeconds);
        problem.Detail.ShouldContain(retryAfter + " 秒");
        refused.SetCookies().ShouldNotContain(c => c.StartsWith("zmd.auth=", StringComparison.Ordinal));

        // English when asked.
        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/account/login")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { userName = "analyst", password = TestApp.DemoPassword }),
        };
        english.Headers.AcceptLanguage.ParseAdd("en");
        (await (await client.SendAsync(english)).ProblemAsync()).Detail.ShouldStartWith("Too many sign-in attempts");

        // Another address signs in at once: the limit is per address, and the account itself is not locked.
        using var other = From("203.0.113.12");
        (await other.PostJsonAsync("/api/account/login", new { userName = "analyst", password = TestApp.DemoPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_login_form_counts_too_and_shows_the_message_with_status_429()
    {
        using var client = From("203.0.113.21");
        var token = await client.AntiforgeryTokenAsync("/Account/Login");
        for (var i = 0; i < RateLimitedAppFixture.PermitLimit; i++)
        {
            // Form posts and API calls share the address's allowance.
            var attempt = i % 2 == 0
                ? await client.PostFormAsync("/Account/Login", ("Input.UserName", "ghost" + i), ("Input.Password", "wrong-password"), ("__RequestVerificationToken", token))
                : await client.PostJsonAsync("/api/account/login", new { userName = "ghost" + i, password = "wrong-password" });
            attempt.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Unauthorized);
        }

        var refused = await client.PostFormAsync("/Account/Login", ("Input.UserName", "analyst"), ("Input.Password", TestApp.DemoPassword), ("__RequestVerificationToken", token));
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.Contains("Retry-After").ShouldBeTrue();
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"login-form\"");
        html.ShouldContain("登录尝试过于频繁");
        refused.SetCookies().ShouldNotContain(c => c.StartsWith("zmd.auth=", StringComparison.Ordinal));
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>A client whose requests arrive through the (trusted, local) proxy on behalf of <paramref name="address"/>.</summary>
    private HttpClient From(string address)
    {
        var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
