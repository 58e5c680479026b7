using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.IntegrationTests.Filing;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>The cookie-authenticated API refuses an unsafe request that a browser marks as coming from another site
/// (Origin, else Referer, or Sec-Fetch-Site: cross-site) with 403 Security:CrossSiteRequest, and nothing happens.
/// The same request from this origin, or without those headers (scripts), or with an API token, goes through.</summary>
public sealed class CrossSiteRequestTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Evil = "https://evil.example";

    [Theory]
    [InlineData("Origin", Evil)]
    [InlineData("Origin", "null")]
    [InlineData("Referer", Evil + "/attack.html")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task A_cross_site_write_with_the_cookie_is_refused_and_nothing_is_created(string header, string value)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var userName = "csrf-" + Guid.NewGuid().ToString("N")[..8];
        using var request = NewUserRequest(userName);
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await admin.SendAsync(request);
        var problem = await response.ProblemAsync();
        problem.Status.ShouldBe(403);
        problem.Code.ShouldBe("Security:CrossSiteRequest");
        problem.Detail.ShouldBe("已拒绝来自其他网站的请求：请在本系统的页面中操作。");
        (await admin.GetJsonAsync<List<UserDto>>("/api/identity/users")).ShouldNotContain(u => u.UserName == userName);
    }

    [Fact]
    public async Task The_refusal_is_in_English_when_asked()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/logout");
        request.Headers.Add("Origin", Evil);
        request.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await analyst.SendAsync(request)).ProblemAsync();
        problem.Code.ShouldBe("Security:CrossSiteRequest");
        problem.Detail.ShouldContain("request from another site was refused");
        (await analyst.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the refused logout did not sign the user out");
    }

    [Fact]
    public async Task Writes_from_this_origin_or_without_browser_headers_go_through()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var origin = fixture.App.Address.GetLeftPart(UriPartial.Authority);

        using var sameOrigin = NewUserRequest("same-origin");
        sameOrigin.Headers.Add("Origin", origin);
        sameOrigin.Headers.Add("Sec-Fetch-Site", "same-origin");
        (await admin.SendAsync(sameOrigin)).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var sameReferer = NewUserRequest("same-referer");
        sameReferer.Headers.Referrer = new Uri(fixture.App.Address, "/Admin/Users");
        (await admin.SendAsync(sameReferer)).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var script = NewUserRequest("from-script");
        (await admin.SendAsync(script)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // Reads are never refused, whatever their origin.
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/identity/users");
        read.Headers.Add("Origin", Evil);
        (await admin.SendAsync(read)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_with_an_API_token_is_not_subject_to_the_guard()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var token = await (await filer.PostJsonAsync("/api/account/tokens", new { name = "跨站测试", expiresInDays = 1, scope = "file" })).ReadAsync<CreatedApiTokenDto>();
        var url = $"/api/filing/{FilingApi.Year}/{FilingApi.SchoolA}/students?fileName=roster.csv";

        // With the cookie the cross-site upload is refused by the guard ...
        using var withCookie = Upload(url);
        withCookie.Headers.Add("Origin", Evil);
        (await (await filer.SendAsync(withCookie)).ProblemAsync()).Code.ShouldBe("Security:CrossSiteRequest");

        // ... with the token (no cookie: browsers never attach it by themselves) the upload's own rules answer.
        using var system = fixture.App.CreateClient();
        using var withToken = Upload(url);
        withToken.Headers.Add("Origin", Evil);
        withToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        (await (await system.SendAsync(withToken)).Content.ReadAsStringAsync()).ShouldNotContain("Security:CrossSiteRequest");
    }

    private static HttpRequestMessage NewUserRequest(string userName) =>
        new(HttpMethod.Post, "/api/identity/users")
        {
            Content = JsonContent.Create(new { userName, password = "Kettle7Harbour", role = "bureau_analyst" }),
        };

    private static HttpRequestMessage Upload(string url) =>
        new(HttpMethod.Post, url) { Content = new ByteArrayContent(RosterFiles.Utf8(RosterFiles.Students(1))) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } } };
}
