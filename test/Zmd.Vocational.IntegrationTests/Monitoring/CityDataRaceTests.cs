using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Monitoring;

/// <summary>The bureau's city figures are locked once submitted or approved, also for a save already on its way when
/// that happened: the save and every transition take the year's lock. The races are made to happen with a fault point
/// (FaultPointGate), not hoped for. Each test its own school year.</summary>
public sealed class CityDataRaceTests(RaceFixture fixture) : IClassFixture<RaceFixture>
{
    private const string Unemployment = "city.unemployment-rate";

    private static Task<HttpResponseMessage> SaveAsync(HttpClient analyst, int year, decimal value) =>
        analyst.PutJsonAsync($"/api/city-data/{year}", new[] { new CityValueInput(Unemployment, value, "统计公报") });

    private static Task<CityDataSheetDto> SheetAsync(HttpClient client, int year) => client.GetJsonAsync<CityDataSheetDto>($"/api/city-data/{year}");

    [Theory]
    [InlineData(2041, false)]
    [InlineData(2042, true)]
    public async Task A_submission_or_approval_while_a_save_is_on_its_way_refuses_the_save(int year, bool approve)
    {
        using var analyst = await fixture.App.LoginAsync("analyst");
        using var approver = await fixture.App.LoginAsync("approver");
        (await SaveAsync(analyst, year, 5.2m)).EnsureSuccessStatusCode();

        // The save has been asked for while the sheet was a draft; before it begins its transaction the sheet is locked.
        using var held = fixture.Gate.HoldAt("targets.city-data-save.before-begin");
        var saving = SaveAsync(analyst, year, 9.9m);
        await held.ReachedBy(saving);
        (await analyst.PostJsonAsync($"/api/city-data/{year}/submit", new { })).EnsureSuccessStatusCode();
        if (approve)
        {
            (await approver.PostJsonAsync($"/api/city-data/{year}/approve", new { comment = "核对无误" })).EnsureSuccessStatusCode();
        }

        held.Release();

        var state = approve ? FilingState.Approved : FilingState.Submitted;
        var problem = await (await saving).ProblemAsync();
        (problem.Status, problem.Code).ShouldBe((409, TargetsErrorCodes.CityDataLocked));
        problem.Detail.ShouldBe($"市级数据已提交或审核通过（当前状态：{state}），不能修改；如需修改，请审核人员退回或解锁。");
        var sheet = await SheetAsync(approver, year);
        (sheet.State, sheet.Version, sheet.Values.Single(v => v.Code == Unemployment).Value).ShouldBe((state, 1, 5.2m));
        sheet.History.Select(e => (e.Action, e.Version)).ShouldBe(
            approve ? [(FilingAction.Uploaded, 1), (FilingAction.Submitted, 1), (FilingAction.Approved, 1)] : [(FilingAction.Uploaded, 1), (FilingAction.Submitted, 1)]);
    }

    [Fact]
    public async Task A_submission_waiting_for_a_save_submits_the_saved_version()
    {
        const int year = 2043;
        using var analyst = await fixture.App.LoginAsync("analyst");
        (await SaveAsync(analyst, year, 5.2m)).EnsureSuccessStatusCode();

        // The save holds the year's lock, its values written and not committed; the submission comes meanwhile.
        using var held = fixture.Gate.HoldAt("targets.city-data-save.before-commit");
        var saving = SaveAsync(analyst, year, 9.9m);
        await held.ReachedBy(saving);
        var submitting = analyst.PostJsonAsync($"/api/city-data/{year}/submit", new { });
        await LockWaits.UntilWaitingAsync(fixture.App.Database, submitting);
        held.Release();

        (await (await saving).ReadAsync<CityDataSheetDto>()).Version.ShouldBe(2);
        (await (await submitting).ReadAsync<CityDataSheetDto>()).State.ShouldBe(FilingState.Submitted);
        var sheet = await SheetAsync(analyst, year);
        (sheet.State, sheet.Version, sheet.Values.Single(v => v.Code == Unemployment).Value).ShouldBe((FilingState.Submitted, 2, 9.9m));
        sheet.History.Select(e => (e.Action, e.Version)).ShouldBe([(FilingAction.Uploaded, 1), (FilingAction.Uploaded, 2), (FilingAction.Submitted, 2)],
            "the submission is of the version it waited for");
    }
}
