using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Monitoring;

/// <summary>A data-quality explanation is locked with the roster it explains, also for an explanation already on its way
/// when the roster is submitted: it is checked and written under the roster's filing lock, which the submission takes.
/// The races are made to happen with a fault point (FaultPointGate). 遂平 (A): 100 students last year, 200 this year: a
/// 100% jump; 驻马店职业技术学院 (B) the same, one school per test.</summary>
public sealed class QualityExplanationRaceTests(RaceFixture fixture) : IClassFixture<RaceFixture>
{
    private const string Rule = "Quality:EnrolmentJump";

    private async Task<(HttpClient Filer, FilingDto Roster)> JumpAsync(string school, string filerName, int start)
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin, Year - 1);
        await OpenYearAsync(admin);
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(100, start + 500)), school, year: Year - 1)).EnsureSuccessStatusCode();
        (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(200, start)), school)).EnsureSuccessStatusCode();
        var filer = await fixture.App.LoginAsync(filerName);
        return (filer, await FilingAsync(filer, "students", school));
    }

    private static Task<HttpResponseMessage> ExplainAsync(HttpClient client, string school, string text) =>
        client.PostJsonAsync("/api/quality/explanations", new QualityExplanationInput(school, Year, Rule, text));

    private static async Task<string?> ExplanationAsync(HttpClient client, string school) =>
        (await client.GetJsonAsync<List<QualityFindingDto>>($"/api/quality?year={Year}&school={school}")).Single(f => f.Rule == Rule).Explanation;

    [Fact]
    public async Task A_submission_while_an_explanation_is_on_its_way_refuses_the_explanation()
    {
        var (filer, roster) = await JumpAsync(SchoolA, "filer", 1);
        using var _ = filer;
        using var colleague = await fixture.App.LoginAsync("filer");

        using var held = fixture.Gate.HoldAt("targets.quality-explanation.before-begin");
        var explaining = ExplainAsync(filer, SchoolA, "新校区启用，扩招一倍。");
        await held.ReachedBy(explaining);
        (await colleague.PostAsync($"/api/filing/filings/{roster.Id}/submit", null)).EnsureSuccessStatusCode();
        held.Release();

        var problem = await (await explaining).ProblemAsync();
        (problem.Status, problem.Code).ShouldBe((409, TargetsErrorCodes.ExplanationLocked));
        problem.Detail.ShouldContain("Submitted");
        (await ExplanationAsync(filer, SchoolA)).ShouldBeNull("nothing stored on the submitted roster");
    }

    [Fact]
    public async Task A_submission_during_an_explanations_transaction_waits_for_it()
    {
        var (filer, roster) = await JumpAsync(SchoolB, "filer2", 2001);
        using var _ = filer;
        using var colleague = await fixture.App.LoginAsync("filer2");

        // The explanation has checked the roster is a draft and written itself, not committed; the submission comes now.
        using var held = fixture.Gate.HoldAt("targets.quality-explanation.before-commit");
        var explaining = ExplainAsync(filer, SchoolB, "新校区启用，扩招一倍。");
        await held.ReachedBy(explaining);
        var submitting = colleague.PostAsync($"/api/filing/filings/{roster.Id}/submit", null);
        await LockWaits.UntilWaitingAsync(fixture.App.Database, submitting);
        submitting.IsCompleted.ShouldBeFalse("the submission waits for the explanation it will be reviewed with");
        held.Release();

        (await explaining).StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);
        (await (await submitting).ReadAsync<FilingDto>()).State.ShouldBe(FilingState.Submitted);
        (await ExplanationAsync(filer, SchoolB)).ShouldBe("新校区启用，扩招一倍。");
    }
}
