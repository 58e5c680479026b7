using System.Net;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>A token stops working the moment it expires, by the host's own clock (moved forward by the test).</summary>
public sealed class ApiTokenExpiryTests
{
    [Fact]
    public async Task An_expired_token_is_refused_with_401()
    {
        var clock = new TestClock();
        await using var app = await TestApp.StartAsync(clock: clock);
        using var system = await ApiTokenScopeTests.TokenClientAsync(app, "filer", ApiTokenScopes.Read, days: 7);

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(5));
        (await system.GetJsonAsync<List<SchoolDto>>("/api/schools")).ShouldNotBeEmpty("still valid five minutes before it expires");

        clock.Advance(TimeSpan.FromMinutes(10));
        (await system.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The owner signs in again and sees the token as expired on the tokens page.
        using var filer = await app.LoginAsync("filer");
        var page = await (await filer.GetAsync("/Account/Tokens")).Content.ReadAsStringAsync();
        page.ShouldContain("已过期");
    }
}
