using System.Net;
using System.Net.Http.Headers;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.IntegrationTests.Filing;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Security;

/// <summary>Razor Pages refuse a form post without the anti-forgery token (400) and nothing happens: sign-in, sign-out,
/// an upload and an approval. The same login form with the token from the page works (so the 400 is the token's).</summary>
public sealed class AntiforgeryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Login_form_without_the_token_is_refused_and_with_it_signs_in()
    {
        using var client = fixture.App.CreateClient();
        var fields = new[] { ("Input.UserName", "analyst"), ("Input.Password", TestApp.DemoPassword) };

        var forged = await client.PostFormAsync("/Account/Login", fields);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        forged.SetCookies().ShouldNotContain(c => c.StartsWith("zmd.auth=", StringComparison.Ordinal));
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var token = await client.AntiforgeryTokenAsync("/Account/Login");
        var real = await client.PostFormAsync("/Account/Login", [.. fields, ("__RequestVerificationToken", token)]);
        real.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logout_form_without_the_token_is_refused_and_the_user_stays_signed_in()
    {
        using var client = await fixture.App.LoginAsync("analyst");
        (await client.PostFormAsync("/Account/Logout")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Upload_form_without_the_token_is_refused_and_nothing_is_stored()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await FilingApi.OpenYearAsync(admin);
        using var filer = await fixture.App.LoginAsync("filer");
        var filings = $"/api/filing/filings?year={FilingApi.Year}&school={FilingApi.SchoolA}";
        (await filer.GetJsonAsync<List<FilingDto>>(filings)).ShouldNotContain(f => f.DatasetCode == "students");

        var url = $"/Filing/Upload?year={FilingApi.Year}&school={FilingApi.SchoolA}&dataset=students";
        using (var forged = RosterForm())
        {
            (await filer.PostAsync(url, forged)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await filer.GetJsonAsync<List<FilingDto>>(filings)).ShouldNotContain(f => f.DatasetCode == "students", "nothing was stored");

        // The same form with the page's token is accepted: the refusal above was the missing token's.
        using var real = RosterForm();
        real.Add(new StringContent(await filer.AntiforgeryTokenAsync(url)), "__RequestVerificationToken");
        (await filer.PostAsync(url, real)).StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
        (await FilingApi.FilingAsync(filer, "students")).RowCount.ShouldBe(3);
    }

    private static MultipartFormDataContent RosterForm()
    {
        var file = new ByteArrayContent(RosterFiles.Utf8(RosterFiles.Students(3)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "roster.csv" } };
    }

    [Fact]
    public async Task Approval_form_without_the_token_is_refused()
    {
        using var approver = await fixture.App.LoginAsync("approver");
        var response = await approver.PostFormAsync($"/Filing/Detail/{Guid.NewGuid()}?handler=Approve", ("comment", "伪造的审核"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
