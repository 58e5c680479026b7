using System.Net;
using System.Text;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Hostile;

/// <summary>Hostile JSON and URLs against the API: wrong types, huge strings, deep nesting, no body, unknown fields,
/// impossible years, SQL text as codes. Each is a 400 (or a 404 for a school that is not there) with a stable code and a
/// Chinese message — never a 500 — and nothing changes.</summary>
public sealed class HostileJsonTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<string> StateAsync(HttpClient admin) =>
        await admin.GetStringAsync("/api/filing/periods") + await admin.GetStringAsync("/api/schools");

    public static TheoryData<string, string, string> PeriodBodies => new()
    {
        { "wrong type", """{"year":"二〇二六","deadline":"2027-06-30","isOpen":true}""", "Core:InvalidRequest" },
        { "array for object", """[2026]""", "Core:InvalidRequest" },
        { "number too large for int", """{"year":99999999999999999999,"deadline":"2027-06-30","isOpen":true}""", "Core:InvalidRequest" },
        { "bad date", """{"year":2026,"deadline":"2027-02-30","isOpen":true}""", "Core:InvalidRequest" },
        { "negative year", """{"year":-2026,"deadline":"2027-06-30","isOpen":true}""", FilingErrorCodes.InvalidYear },
        { "year 99999", """{"year":99999,"deadline":"2027-06-30","isOpen":true}""", FilingErrorCodes.InvalidYear },
        { "missing year", """{"deadline":"2027-06-30","isOpen":true}""", "Core:Required" },
        { "empty object", """{}""", "Core:Required" },
        { "null", """null""", "Core:InvalidRequest" },
        { "truncated", """{"year":2026,"dead""", "Core:InvalidRequest" },
        { "huge title", "{\"year\":2026,\"deadline\":\"2027-06-30\",\"isOpen\":true,\"title\":\"" + new string('题', 1_000_000) + "\"}", "Core:TooLong" },
        { "deeply nested", "{\"year\":" + new string('[', 100_000) + new string(']', 100_000) + "}", "Core:InvalidRequest" },
        { "script in title", """{"year":-1,"deadline":"2027-06-30","isOpen":true,"title":"<script>alert(1)</script>"}""", FilingErrorCodes.InvalidYear },
    };

    [Theory]
    [MemberData(nameof(PeriodBodies))]
    public async Task A_hostile_period_body_is_a_400_with_a_code_and_changes_nothing(string what, string body, string code)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var before = await StateAsync(admin);

        var response = await admin.PostAsync("/api/filing/periods", Json(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, what);
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe(code, what);
        problem.Detail.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", "the message is in Chinese");
        (await StateAsync(admin)).ShouldBe(before);
        (await admin.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_without_a_body_is_a_400()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var empty = await admin.PostAsync("/api/filing/periods", new StringContent("", Encoding.UTF8, "application/json"));
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.ProblemAsync()).Code.ShouldBe("Core:InvalidRequest");

        var none = await admin.PostAsync("/api/filing/periods", null);
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await none.Content.ReadAsStringAsync());
        (await none.ProblemAsync()).Code.ShouldBe("Core:InvalidRequest");
    }

    [Fact]
    public async Task Unknown_fields_are_ignored()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var response = await admin.PostAsync("/api/filing/periods", Json("""{"year":2031,"deadline":"2032-06-30","isOpen":false,"id":"00000000-0000-0000-0000-000000000001","createdAt":"1999-01-01","isAdmin":true}"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var period = await response.ReadAsync<FilingPeriodDto>();
        period.Year.ShouldBe(2031);
        period.Id.ShouldNotBe(Guid.Parse("00000000-0000-0000-0000-000000000001"), "an id in the body is not taken");
    }

    public static TheoryData<string, string> SqlCodes => new()
    {
        { "' OR 1=1 --", InstitutionsErrorCodes.InvalidSchoolCode },
        { "3141172801'; DROP TABLE InsSchools; --", "Core:TooLong" },
        { "\" OR \"\"=\"", InstitutionsErrorCodes.InvalidSchoolCode },
        { "<script>alert(1)</script>", InstitutionsErrorCodes.InvalidSchoolCode },
    };

    [Theory]
    [MemberData(nameof(SqlCodes))]
    public async Task Sql_and_script_text_as_a_school_code_is_refused_or_finds_nothing(string code, string refusal)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
        var before = await StateAsync(admin);

        var created = await admin.PostJsonAsync("/api/schools", new { code, name = "测试学校", type = "SecondaryVocational", countyCode = "411728", ownership = "Public", isActive = true });
        created.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await created.Content.ReadAsStringAsync());
        (await created.ProblemAsync()).Code.ShouldBe(refusal);

        var listed = await admin.GetAsync($"/api/filing/filings?year={Year}&school={Uri.EscapeDataString(code)}");
        listed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await listed.ReadAsync<List<FilingDto>>()).ShouldBeEmpty();

        var upload = await UploadAsync(admin, "students", Encoding.UTF8.GetBytes(TestKit.RosterFiles.Students(1)), school: Uri.EscapeDataString(code));
        upload.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await upload.ProblemAsync();
        problem.Code.ShouldBe(FilingErrorCodes.UnknownSchool);
        problem.Detail.ShouldContain(code.Replace("/", "%2F", StringComparison.Ordinal)); // the code as the route read it

        (await StateAsync(admin)).ShouldBe(before);
        (await admin.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("99999")]
    [InlineData("0")]
    public async Task An_impossible_year_in_an_upload_url_is_refused(string year)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(TestKit.RosterFiles.Students(1)));
        body.Headers.ContentType = new("text/csv");
        var response = await admin.PostAsync($"/api/filing/{year}/{SchoolA}/students?fileName=a.csv", body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe(FilingErrorCodes.InvalidYear);
        problem.Detail.ShouldContain(year);
    }

    [Theory]
    [InlineData("/api/filing/filings?year=abc", HttpStatusCode.BadRequest, "Core:InvalidRequest")]
    [InlineData("/api/filing/filings?year=99999999999", HttpStatusCode.BadRequest, "Core:InvalidRequest")]
    [InlineData("/api/filing/filings/not-a-guid", HttpStatusCode.NotFound, "Core:Http404")]
    [InlineData("/api/filing/filings?year=2026&state=Hacked", HttpStatusCode.BadRequest, "Core:InvalidRequest")]
    public async Task Query_values_of_the_wrong_type_are_not_a_500(string url, HttpStatusCode status, string code)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var response = await admin.GetAsync(url);
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe(code);
        problem.Detail.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
    }
}
