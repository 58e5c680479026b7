using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>A submission that comes while an upload of the same filing is on its way lands either before the upload's
/// transaction (the upload is refused, nothing of it stored) or after it (the upload is what is submitted) — never between
/// the upload's check that the filing is editable and its write. The races are made to happen with a fault point
/// (FaultPointGate), not hoped for. One school's students roster per test.</summary>
public sealed class UploadRaceTests(RaceFixture fixture) : IAsyncLifetime, IClassFixture<RaceFixture>
{
    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin); // saving the period again is harmless: it is kept by its year
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The filing, its history and its provisional enrolment figure (from the measures the transitions record).</summary>
    private static async Task<(FilingDto Filing, List<FilingEventDto> History, decimal? Enrolment)> StateAsync(HttpClient filer, string school)
    {
        var filing = await FilingAsync(filer, "students", school);
        var history = await filer.GetJsonAsync<List<FilingEventDto>>($"/api/filing/filings/{filing.Id}/history");
        var enrolment = (await filer.GetJsonAsync<List<IndicatorValueDto>>(
            $"/api/indicators?year={Year}&scope=school&place={school}&code=enrolment-total&provisional=true")).Single().Value;
        return (filing, history, enrolment);
    }

    [Fact]
    public async Task A_submission_before_the_uploads_transaction_refuses_the_upload_and_keeps_the_submitted_draft()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        using var colleague = await fixture.App.LoginAsync("filer");
        (await UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(20, 1)))).EnsureSuccessStatusCode();
        var draft = await FilingAsync(filer, "students");

        // The upload was accepted as a draft's and its file checked; before its transaction begins, the draft is submitted.
        using var held = fixture.Gate.HoldAt("filing.import.before-begin");
        var uploading = UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(30, 1)));
        await held.ReachedBy(uploading);
        (await colleague.PostAsync($"/api/filing/filings/{draft.Id}/submit", null)).EnsureSuccessStatusCode();
        held.Release();

        var problem = await (await uploading).ProblemAsync();
        (problem.Status, problem.Code).ShouldBe((409, FilingErrorCodes.Locked));
        problem.Detail.ShouldBe("该数据已提交或已审核通过，已锁定，不能再上传；如需修改，请联系市教育局退回或解锁。");
        var (filing, history, enrolment) = await StateAsync(filer, SchoolA);
        (filing.State, filing.Version, filing.RowCount, enrolment).ShouldBe((FilingState.Submitted, 1, 20, 20m));
        history.Select(e => (e.Action, e.Version)).ShouldBe([(FilingAction.Uploaded, 1), (FilingAction.Submitted, 1)]);
    }

    [Fact]
    public async Task A_submission_during_the_uploads_transaction_waits_and_submits_the_upload()
    {
        using var filer = await fixture.App.LoginAsync("filer2");
        using var colleague = await fixture.App.LoginAsync("filer2");
        (await UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(20, 5001)), SchoolB)).EnsureSuccessStatusCode();
        var draft = await FilingAsync(filer, "students", SchoolB);

        // The upload has checked the filing is a draft and written its rows, not committed; the submission comes now
        // (PostgreSQL: it waits for the filing's lock before reading anything; SQLite: for its turn to write).
        using var held = fixture.Gate.HoldAt("filing.import.before-commit");
        var uploading = UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(30, 5001)), SchoolB);
        await held.ReachedBy(uploading);
        var submitting = colleague.PostAsync($"/api/filing/filings/{draft.Id}/submit", null);
        await LockWaits.UntilWaitingAsync(fixture.App.Database, submitting);
        held.Release();

        (await (await uploading).ReadAsync<ImportResultDto>()).Filing!.Version.ShouldBe(2);
        (await (await submitting).ReadAsync<FilingDto>()).State.ShouldBe(FilingState.Submitted);
        var (filing, history, enrolment) = await StateAsync(filer, SchoolB);
        (filing.State, filing.Version, filing.RowCount, enrolment).ShouldBe((FilingState.Submitted, 2, 30, 30m), "what is submitted is the upload");
        history.Select(e => (e.Action, e.Version)).ShouldBe([(FilingAction.Uploaded, 1), (FilingAction.Uploaded, 2), (FilingAction.Submitted, 2)]);
    }
}
