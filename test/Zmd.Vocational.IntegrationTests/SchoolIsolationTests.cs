using System.Net;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>A school filer of school A never gets school B's data: lists hold only A, B's ids are 404, writes are 403.
/// Bureau staff see all. Anonymous callers are refused. All over real HTTP with real logins.</summary>
public sealed class SchoolIsolationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string SchoolA = "3141172801"; // filer's school: 遂平县职业教育中心
    private const string SchoolB = "4141170001"; // filer2's school: 驻马店职业技术学院

    private async Task<(SchoolDto A, SchoolDto B)> SchoolsAsync()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");
        var all = await analyst.GetJsonAsync<List<SchoolDto>>("/api/schools");
        return (all.Single(s => s.Code == SchoolA), all.Single(s => s.Code == SchoolB));
    }

    [Fact]
    public async Task Bureau_analyst_sees_every_school()
    {
        using var analyst = await fixture.App.LoginAsync("analyst");
        var all = await analyst.GetJsonAsync<List<SchoolDto>>("/api/schools");
        all.Count.ShouldBeGreaterThanOrEqualTo(20);
        all.Select(s => s.Code).ShouldContain("5141170001");
        var (_, b) = await SchoolsAsync();
        (await analyst.GetAsync($"/api/schools/{b.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task School_filer_lists_only_their_own_school()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var mine = await filer.GetJsonAsync<List<SchoolDto>>("/api/schools");
        mine.Select(s => s.Code).ShouldBe([SchoolA]);

        // Filters do not widen it: searching for the other school by name or code finds nothing.
        (await filer.GetJsonAsync<List<SchoolDto>>("/api/schools?search=" + SchoolB)).ShouldBeEmpty();
        (await filer.GetJsonAsync<List<SchoolDto>>("/api/schools?search=驻马店职业技术学院")).ShouldBeEmpty();
    }

    [Fact]
    public async Task School_filer_gets_404_for_another_schools_id_and_403_for_writes()
    {
        var (a, b) = await SchoolsAsync();
        using var filer = await fixture.App.LoginAsync("filer");

        (await filer.GetAsync($"/api/schools/{a.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var other = await filer.GetAsync($"/api/schools/{b.Id}");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Content.ReadAsStringAsync()).ShouldNotContain(b.Name);

        var edit = new { code = b.Code, name = "被篡改", type = "HigherVocational", countyCode = "411700", ownership = "Public", isActive = true };
        (await filer.PutJsonAsync($"/api/schools/{b.Id}", edit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await filer.PutJsonAsync($"/api/schools/{a.Id}", edit with { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await filer.PostJsonAsync("/api/schools", edit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Pages behave the same: another school's detail page is not found.
        var page = await filer.GetAsync($"/Schools/Details/{b.Id}");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.GetAsync($"/Schools/Details/{a.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var analyst = await fixture.App.LoginAsync("analyst");
        (await analyst.GetJsonAsync<SchoolDto>($"/api/schools/{b.Id}")).Name.ShouldBe(b.Name);
    }

    [Fact]
    public async Task Technician_college_filer_is_a_school_filer_of_the_college_only()
    {
        using var college = await fixture.App.LoginAsync("college");
        var mine = await college.GetJsonAsync<List<SchoolDto>>("/api/schools");
        mine.Single().Type.ShouldBe(SchoolType.TechnicianCollege);
    }

    [Theory]
    [InlineData("/api/schools")]
    [InlineData("/api/counties")]
    [InlineData("/api/majors")]
    [InlineData("/api/enterprises")]
    [InlineData("/api/targets")]
    [InlineData("/api/targets/K1.01")]
    [InlineData("/api/account/me")]
    [InlineData("/api/account/tokens")]
    [InlineData("/api/identity/users")]
    [InlineData("/api/identity/security-log")]
    [InlineData("/api/audit-log")]
    public async Task Anonymous_api_requests_are_refused(string url)
    {
        using var anonymous = fixture.App.CreateClient();
        (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Anonymous_page_requests_go_to_login()
    {
        using var anonymous = fixture.App.CreateClient();
        var response = await anonymous.GetAsync("/Schools");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Theory]
    [InlineData("/api/identity/users")]
    [InlineData("/api/identity/security-log")]
    [InlineData("/api/audit-log")]
    public async Task School_filer_cannot_read_bureau_only_data(string url)
    {
        using var filer = await fixture.App.LoginAsync("filer");
        (await filer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
