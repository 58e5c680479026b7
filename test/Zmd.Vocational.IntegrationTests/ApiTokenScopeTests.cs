using System.Net;
using System.Net.Http.Headers;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>API tokens have a scope and an expiry: a read token only reads; a file token also files its school's data,
/// but never manages tokens or users nor does the bureau's work; every token expires within a year.</summary>
public sealed class ApiTokenScopeTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal static async Task<HttpClient> TokenClientAsync(TestApp app, string user, string scope, int days = 30)
    {
        using var owner = await app.LoginAsync(user);
        var created = await (await owner.PostJsonAsync("/api/account/tokens", new { name = $"{user}-{scope}", expiresInDays = days, scope }))
            .ReadAsync<CreatedApiTokenDto>();
        created.Token.Scope.ShouldBe(scope);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Secret);
        return client;
    }

    private static async Task ShouldBeOutOfScopeAsync(HttpResponseMessage response, string scope)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe(IdentityErrorCodes.TokenScope);
        problem.Detail.ShouldContain($"“{scope}”");
    }

    [Fact]
    public async Task A_read_token_reads_but_cannot_upload_and_the_refusal_is_logged()
    {
        using var system = await TokenClientAsync(fixture.App, "filer", ApiTokenScopes.Read);

        (await system.GetJsonAsync<List<SchoolDto>>("/api/schools")).Select(s => s.Code).ShouldBe([SchoolA]);
        (await system.GetAsync($"/api/filing/filings?year={Year}&school={SchoolA}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var upload = await UploadAsync(system, "students", RosterFiles.Utf8(RosterFiles.Students(3, start: 7000)));
        await ShouldBeOutOfScopeAsync(upload, ApiTokenScopes.Read);

        system.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await (await UploadAsync(system, "students", RosterFiles.Utf8(RosterFiles.Students(3, start: 7000)))).ProblemAsync();
        english.Code.ShouldBe(IdentityErrorCodes.TokenScope);
        english.Detail.ShouldContain("scope is \"read\"");

        using var filer = await fixture.App.LoginAsync("filer");
        (await filer.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Year}&school={SchoolA}"))
            .ShouldNotContain(f => f.DatasetCode == "students" && f.RowCount > 0, "the refused upload stored nothing");

        using var admin = await fixture.App.LoginAsync("admin");
        var log = await admin.GetJsonAsync<List<SecurityLogDto>>("/api/identity/security-log");
        log.ShouldContain(e => e.UserName == "filer" && e.Action == SecurityAction.TokenScopeRefused
            && e.Detail!.Contains("scope=read POST /api/filing/", StringComparison.Ordinal));
        log.ShouldContain(e => e.UserName == "filer" && e.Action == SecurityAction.TokenCreated && e.Detail!.Contains("scope=read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_token_uploads_and_submits_but_cannot_make_tokens_nor_reach_another_school()
    {
        using var system = await TokenClientAsync(fixture.App, "filer2", ApiTokenScopes.File);

        var upload = await UploadAsync(system, "teachers", RosterFiles.Utf8(RosterFiles.Teachers(5)), SchoolB);
        upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        var filing = await FilingAsync(system, "teachers", SchoolB);
        filing.UploadedBy.ShouldBe("filer2");
        var submitted = await system.PostAsync($"/api/filing/filings/{filing.Id}/submit", null);
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        (await FilingAsync(system, "teachers", SchoolB)).State.ShouldBe(FilingState.Submitted);

        await ShouldBeOutOfScopeAsync(
            await system.PostJsonAsync("/api/account/tokens", new { name = "escalate", expiresInDays = 30, scope = "file" }), ApiTokenScopes.File);
        await ShouldBeOutOfScopeAsync(await system.PostAsync("/api/account/logout", null), ApiTokenScopes.File);

        // Within its scope the token is still its owner: filer2's school only (another school reads as not found).
        var other = await UploadAsync(system, "teachers", RosterFiles.Utf8(RosterFiles.Teachers(5)), SchoolA);
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.ProblemAsync()).Code.ShouldBe(FilingErrorCodes.UnknownSchool);
    }

    [Fact]
    public async Task A_file_token_of_bureau_staff_cannot_do_bureau_writes()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        (await UploadAsync(filer, "teachers", RosterFiles.Utf8(RosterFiles.Teachers(4)))).EnsureSuccessStatusCode();
        var filing = await FilingAsync(filer, "teachers");
        (await filer.PostAsync($"/api/filing/filings/{filing.Id}/submit", null)).EnsureSuccessStatusCode();

        // The approver holds Filing.Filings.Review; only the token's scope stops the approval.
        using var approverSystem = await TokenClientAsync(fixture.App, "approver", ApiTokenScopes.File);
        await ShouldBeOutOfScopeAsync(await approverSystem.PostJsonAsync($"/api/filing/filings/{filing.Id}/approve", new { comment = "ok" }), ApiTokenScopes.File);
        await ShouldBeOutOfScopeAsync(
            await approverSystem.PostJsonAsync("/api/filing/periods", new { year = 2030, deadline = "2031-06-30", isOpen = true }), ApiTokenScopes.File);
        (await FilingAsync(filer, "teachers")).State.ShouldBe(FilingState.Submitted);

        using var adminSystem = await TokenClientAsync(fixture.App, "admin", ApiTokenScopes.File);
        await ShouldBeOutOfScopeAsync(
            await adminSystem.PostJsonAsync("/api/identity/users", new { userName = "via-token", password = "Abcdefgh123", role = "system_admin" }), ApiTokenScopes.File);
        using var admin = await fixture.App.LoginAsync("admin");
        (await admin.GetJsonAsync<List<UserDto>>("/api/identity/users")).ShouldNotContain(u => u.UserName == "via-token");
    }

    [Theory]
    [InlineData(null, "read", CoreErrorCodes.Required, "ExpiresInDays")]
    [InlineData(0, "read", IdentityErrorCodes.InvalidExpiry, "ExpiresInDays")]
    [InlineData(366, "file", IdentityErrorCodes.InvalidExpiry, "ExpiresInDays")]
    [InlineData(30, null, CoreErrorCodes.Required, "Scope")]
    [InlineData(30, "admin", IdentityErrorCodes.InvalidTokenScope, "Scope")]
    public async Task A_token_without_a_valid_expiry_or_scope_is_refused_naming_the_field(int? days, string? scope, string code, string field)
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var before = await filer.GetJsonAsync<List<ApiTokenDto>>("/api/account/tokens");

        var refused = await filer.PostJsonAsync("/api/account/tokens", new { name = "bad", expiresInDays = days, scope });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.ProblemAsync();
        problem.Code.ShouldBe(code);
        problem.Field.ShouldBe(field);
        (await filer.GetJsonAsync<List<ApiTokenDto>>("/api/account/tokens")).Count.ShouldBe(before.Count);
    }

    [Fact]
    public async Task The_longest_lifetime_is_a_year_and_the_list_shows_scope_and_expiry()
    {
        using var college = await fixture.App.LoginAsync("college");
        var created = await (await college.PostJsonAsync("/api/account/tokens", new { name = "一年", expiresInDays = 365, scope = "file" })).ReadAsync<CreatedApiTokenDto>();
        (created.Token.ExpiresAt - created.Token.CreatedAt).ShouldBe(TimeSpan.FromDays(365));

        var listed = (await college.GetJsonAsync<List<ApiTokenDto>>("/api/account/tokens")).Single(t => t.Id == created.Token.Id);
        listed.Scope.ShouldBe(ApiTokenScopes.File);
        listed.ExpiresAt.ShouldBe(created.Token.ExpiresAt, TimeSpan.FromMilliseconds(1));

        var page = await (await college.GetAsync("/Account/Tokens")).Content.ReadAsStringAsync();
        page.ShouldContain("<select");
        page.ShouldContain("id=\"scope\"");
        page.ShouldContain("file · 填报");
    }
}
