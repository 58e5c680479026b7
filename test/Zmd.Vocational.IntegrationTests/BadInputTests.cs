using System.Net;
using System.Net.Http.Json;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>Bad input is refused with a clear Chinese message (English on request) and a stable code, and changes nothing.</summary>
public sealed class BadInputTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static object School(string code, string? name = "测试职业学校", string county = "411728") =>
        new { code, name, type = "SecondaryVocational", countyCode = county, ownership = "Public", isActive = true };

    private async Task<(int Schools, int Enterprises, int Audit)> CountsAsync(HttpClient admin) => (
        (await admin.GetJsonAsync<List<SchoolDto>>("/api/schools")).Count,
        (await admin.GetJsonAsync<List<EnterpriseDto>>("/api/enterprises")).Count,
        (await admin.GetJsonAsync<List<object>>("/api/audit-log?take=1000")).Count);

    [Fact]
    public async Task Invalid_credit_code_is_refused_in_chinese_and_nothing_changes()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var before = await CountsAsync(admin);

        var response = await admin.PostJsonAsync("/api/enterprises", new { name = "驻马店某食品有限公司", creditCode = "91350100M000100Y44", size = "AboveDesignatedSize" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe(InstitutionsErrorCodes.InvalidCreditCode);
        problem.Field.ShouldBe("CreditCode");
        problem.Detail.ShouldContain("统一社会信用代码");
        problem.Detail.ShouldContain("91350100M000100Y44");
        (await CountsAsync(admin)).ShouldBe(before);
    }

    [Fact]
    public async Task A_valid_credit_code_is_accepted_normalized_and_a_second_registration_is_a_conflict()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var created = await (await admin.PostJsonAsync("/api/enterprises", new { name = "驻马店市某机械制造有限公司", creditCode = "91350100m000100y43 ", size = "AboveDesignatedSize" }))
            .ReadAsync<EnterpriseDto>();
        created.CreditCode.ShouldBe("91350100M000100Y43");

        var again = await admin.PostJsonAsync("/api/enterprises", new { name = "重复", creditCode = "91350100M000100Y43", size = "BelowDesignatedSize" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ProblemAsync()).Code.ShouldBe(InstitutionsErrorCodes.DuplicateCreditCode);
    }

    [Fact]
    public async Task Duplicate_school_code_is_a_conflict_and_nothing_changes()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var before = await CountsAsync(admin);
        var response = await admin.PostJsonAsync("/api/schools", School("3141172801"));
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe(InstitutionsErrorCodes.DuplicateSchoolCode);
        problem.Detail.ShouldBe("学校代码“3141172801”已被使用，请检查是否重复登记。");
        (await CountsAsync(admin)).ShouldBe(before);
    }

    [Fact]
    public async Task Missing_required_field_names_the_field_in_chinese()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var before = await CountsAsync(admin);
        var response = await admin.PostJsonAsync("/api/schools", School("3141179901", name: "  "));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe("Core:Required");
        problem.Detail.ShouldBe("“学校名称”为必填项。");
        (await CountsAsync(admin)).ShouldBe(before);
    }

    [Fact]
    public async Task Unknown_county_is_refused()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var before = await CountsAsync(admin);
        var response = await admin.PostJsonAsync("/api/schools", School("3141179902", county: "999999"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.Code.ShouldBe(InstitutionsErrorCodes.UnknownCounty);
        problem.Detail.ShouldContain("999999");
        (await CountsAsync(admin)).ShouldBe(before);
    }

    [Fact]
    public async Task An_edit_refused_half_way_leaves_the_school_as_it_was()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var school = (await admin.GetJsonAsync<List<SchoolDto>>("/api/schools")).First(s => s.Code == "3141172801");
        var response = await admin.PutJsonAsync($"/api/schools/{school.Id}", School("3141172801", name: "新名字", county: "000000"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetJsonAsync<SchoolDto>($"/api/schools/{school.Id}")).Name.ShouldBe(school.Name);
    }

    [Fact]
    public async Task Malformed_json_is_a_localized_400_not_a_500()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        var response = await admin.PostAsync("/api/schools", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).Code.ShouldBe("Core:InvalidRequest");
    }

    [Fact]
    public async Task Api_callers_can_ask_for_english_messages()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/schools") { Content = JsonContent.Create(School("3141172801")) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await admin.SendAsync(request)).ProblemAsync();
        problem.Code.ShouldBe(InstitutionsErrorCodes.DuplicateSchoolCode);
        problem.Detail.ShouldBe("School code \"3141172801\" is already in use.");
    }
}
