using System.Net;
using Zmd.Vocational.IntegrationTests.Security;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Monitoring;

/// <summary>A school explains a data-quality warning while its roster is a draft (or returned); the approver reads the
/// explanation with the filing. Once the roster is submitted or approved the explanation is locked with it — through the
/// API and the school's dashboard page — until the approver returns or unlocks the roster. 遂平 (A): 100 students last
/// year, 200 this year: a 100% jump.</summary>
public sealed class QualityExplanationLockTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Rule = "Quality:EnrolmentJump";

    private static Task<HttpResponseMessage> ExplainAsync(HttpClient client, string text) =>
        client.PostJsonAsync("/api/quality/explanations", new QualityExplanationInput(SchoolA, Year, Rule, text));

    private static async Task<string?> ExplanationAsync(HttpClient client) =>
        (await client.GetJsonAsync<List<QualityFindingDto>>($"/api/quality?year={Year}&school={SchoolA}")).Single(f => f.Rule == Rule).Explanation;

    private static async Task ShouldBeLockedAsync(HttpResponseMessage response, string state)
    {
        var problem = await response.ProblemAsync();
        (problem.Status, problem.Code).ShouldBe((409, TargetsErrorCodes.ExplanationLocked));
        problem.Detail.ShouldContain(state);
        problem.Detail.ShouldContain(Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_explanation_changes_with_its_draft_and_is_locked_with_the_submitted_or_approved_roster()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin, Year - 1);
        await OpenYearAsync(admin);
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(100, 5001)), SchoolA, year: Year - 1)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(200, 1)), SchoolA)).EnsureSuccessStatusCode();
        using var filer = await fixture.App.LoginAsync("filer");
        using var approver = await fixture.App.LoginAsync("approver");
        var filing = await FilingAsync(filer, "students", SchoolA);

        (await ExplainAsync(filer, "新校区启用，扩招一倍。")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await filer.PostAsync($"/api/filing/filings/{filing.Id}/submit", null)).EnsureSuccessStatusCode();

        // Under review: the approver reads it with the filing, and the school cannot change it meanwhile.
        var page = await approver.GetStringAsync($"/Filing/Detail/{filing.Id}");
        page.ShouldContain("data-rule=\"Quality:EnrolmentJump\"");
        page.ShouldContain("新校区启用，扩招一倍。");
        await ShouldBeLockedAsync(await ExplainAsync(filer, "改口：统计口径变化。"), "Submitted");

        (await approver.PostJsonAsync($"/api/filing/filings/{filing.Id}/approve", new { comment = "ok" })).EnsureSuccessStatusCode();
        await ShouldBeLockedAsync(await ExplainAsync(filer, "改口：统计口径变化。"), "Approved");
        (await ExplanationAsync(approver)).ShouldBe("新校区启用，扩招一倍。", "what was approved");

        // The dashboard page refuses it the same way, and stores nothing.
        var url = $"/Monitoring/School/{SchoolA}?year={Year}";
        var token = await filer.AntiforgeryTokenAsync(url);
        var refused = await filer.PostFormAsync($"/Monitoring/School/{SchoolA}?year={Year}&handler=Explain",
            ("__RequestVerificationToken", token), ("Rule", Rule), ("Explanation", "改口：统计口径变化。"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK, "the page is shown again with the reason");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("说明随数据一并锁定");
        (await ExplanationAsync(approver)).ShouldBe("新校区启用，扩招一倍。");

        // Unlocked with a reason: the school may explain again.
        (await approver.PostJsonAsync($"/api/filing/filings/{filing.Id}/unlock", new { comment = "请补充说明" })).EnsureSuccessStatusCode();
        (await ExplainAsync(filer, "新校区启用，扩招一倍；另有转入学生 12 人。")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ExplanationAsync(approver)).ShouldBe("新校区启用，扩招一倍；另有转入学生 12 人。");
    }
}
