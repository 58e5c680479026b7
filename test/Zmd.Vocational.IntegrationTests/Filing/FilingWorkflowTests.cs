using Zmd.Vocational.TestKit;
using System.Net;
using System.Net.Http.Headers;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Identity.Contracts;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>draft → submitted → approved (locked) → unlocked with a reason; returned with a comment; bulk approval;
/// every transition in the history with its user.</summary>
public sealed class FilingWorkflowTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Submit_approve_lock_unlock_return_and_the_history_says_who_did_what()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        using var approver = await fixture.App.LoginAsync("approver");
        (await UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(10)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = (await FilingAsync(filer, "students")).Id;

        // A filer cannot approve; an approver cannot approve a draft.
        (await filer.PostAsync($"/api/filing/filings/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await approver.PostAsync($"/api/filing/filings/{id}/approve", null)).ProblemAsync()).Code.ShouldBe(FilingErrorCodes.InvalidTransition);

        (await (await filer.PostAsync($"/api/filing/filings/{id}/submit", null)).ReadAsync<FilingDto>()).State.ShouldBe(FilingState.Submitted);
        // Submitted data is locked for the filer.
        var locked = await UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(5)));
        locked.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await locked.ProblemAsync()).Code.ShouldBe(FilingErrorCodes.Locked);

        (await (await approver.PostJsonAsync($"/api/filing/filings/{id}/approve", new { comment = "数据完整" })).ReadAsync<FilingDto>()).State.ShouldBe(FilingState.Approved);

        // Unlocking needs a written reason.
        var noReason = await approver.PostJsonAsync($"/api/filing/filings/{id}/unlock", new { comment = " " });
        (await noReason.ProblemAsync()).Code.ShouldBe(FilingErrorCodes.CommentRequired);
        var unlocked = await (await approver.PostJsonAsync($"/api/filing/filings/{id}/unlock", new { comment = "学籍号更正" })).ReadAsync<FilingDto>();
        unlocked.State.ShouldBe(FilingState.Returned);
        unlocked.ReviewComment.ShouldBe("学籍号更正");

        (await UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(12)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await filer.PostAsync($"/api/filing/filings/{id}/submit", null);
        (await (await approver.PostJsonAsync($"/api/filing/filings/{id}/return", new { comment = "请补充学徒制班级" })).ReadAsync<FilingDto>()).State.ShouldBe(FilingState.Returned);

        var history = await filer.GetJsonAsync<List<FilingEventDto>>($"/api/filing/filings/{id}/history");
        history.Select(h => h.Action).ShouldBe([FilingAction.Uploaded, FilingAction.Submitted, FilingAction.Approved, FilingAction.Unlocked,
            FilingAction.Uploaded, FilingAction.Submitted, FilingAction.Returned]);
        history.Where(h => h.Action is FilingAction.Approved or FilingAction.Unlocked or FilingAction.Returned).ShouldAllBe(h => h.UserName == "approver");
        history.Where(h => h.Action is FilingAction.Uploaded or FilingAction.Submitted).ShouldAllBe(h => h.UserName == "filer");
        history.Last().Comment.ShouldBe("请补充学徒制班级");
        (await FilingAsync(filer, "students")).Version.ShouldBe(2);
    }

    [Fact]
    public async Task A_filer_of_one_school_cannot_upload_read_submit_or_approve_anothers()
    {
        using var other = await fixture.App.LoginAsync("filer2");
        (await UploadAsync(other, "teachers", RosterFiles.Utf8(RosterFiles.Teachers(4)), SchoolB)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await fixture.App.LoginAsync("admin");
        var theirs = await FilingAsync(admin, "teachers", SchoolB);

        using var filer = await fixture.App.LoginAsync("filer");
        var upload = await UploadAsync(filer, "teachers", RosterFiles.Utf8(RosterFiles.Teachers(2)), SchoolB);
        upload.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await upload.ProblemAsync()).Code.ShouldBe(FilingErrorCodes.UnknownSchool);
        (await filer.GetAsync($"/api/filing/filings/{theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.GetAsync($"/api/filing/filings/{theirs.Id}/preview")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.GetAsync($"/api/filing/filings/{theirs.Id}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.PostAsync($"/api/filing/filings/{theirs.Id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await filer.PostAsync($"/api/filing/filings/{theirs.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await filer.GetJsonAsync<List<FilingDto>>($"/api/filing/filings?year={Year}")).ShouldNotContain(f => f.SchoolCode == SchoolB);
        var board = await filer.GetJsonAsync<StatusBoardDto>($"/api/filing/{Year}/board");
        board.Rows.Select(r => r.SchoolCode).ShouldBe([SchoolA]);
        (await FilingAsync(admin, "teachers", SchoolB)).Version.ShouldBe(1, "nothing changed for school B");
    }

    [Fact]
    public async Task Bulk_approval_approves_every_submitted_filing_and_reports_the_rest()
    {
        using var college = await fixture.App.LoginAsync("college");
        (await UploadAsync(college, "teachers", RosterFiles.Utf8(RosterFiles.Teachers(6)), "5141170001")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var submitted = (await FilingAsync(college, "teachers", "5141170001")).Id;
        await college.PostAsync($"/api/filing/filings/{submitted}/submit", null);

        using var approver = await fixture.App.LoginAsync("approver");
        var result = await (await approver.PostJsonAsync("/api/filing/filings/approve", new { filingIds = new[] { submitted, Guid.NewGuid() } })).ReadAsync<BulkApproveResultDto>();
        result.Approved.ShouldBe(1);
        result.Refused.Count.ShouldBe(1);
        (await FilingAsync(approver, "teachers", "5141170001")).State.ShouldBe(FilingState.Approved);
    }

    [Fact]
    public async Task A_school_system_uploads_with_an_api_token()
    {
        using var filer = await fixture.App.LoginAsync("filer2");
        var token = await (await filer.PostJsonAsync("/api/account/tokens", new { name = "教务系统", expiresInDays = 7, scope = "file" })).ReadAsync<CreatedApiTokenDto>();
        using var system = fixture.App.CreateClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        var response = await UploadAsync(system, "students", RosterFiles.Utf8(RosterFiles.Students(7, start: 5000)), SchoolB);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await FilingAsync(system, "students", SchoolB)).UploadedBy.ShouldBe("filer2");
    }

    [Fact]
    public async Task The_status_board_shows_every_school_and_dataset_and_overdue_after_the_deadline()
    {
        using var admin = await fixture.App.LoginAsync("admin");
        await OpenYearAsync(admin, 2024, new DateOnly(2025, 6, 30));
        var past = await admin.GetJsonAsync<StatusBoardDto>("/api/filing/2024/board");
        past.IsOverdue.ShouldBeTrue();
        past.Rows.Count.ShouldBeGreaterThanOrEqualTo(20);
        past.Rows.SelectMany(r => r.Cells).ShouldAllBe(c => c.State == FilingState.Overdue);

        var current = await admin.GetJsonAsync<StatusBoardDto>($"/api/filing/{Year}/board");
        current.IsOverdue.ShouldBeFalse();
        current.Datasets.Select(d => d.Code).ShouldContain("students");
        current.Rows.Single(r => r.SchoolCode == "3141172801").Cells.ShouldAllBe(c => c.State != FilingState.Overdue);
    }

    [Fact]
    public async Task Uploading_into_a_year_that_is_not_open_is_refused()
    {
        using var filer = await fixture.App.LoginAsync("filer");
        var response = await UploadAsync(filer, "students", RosterFiles.Utf8(RosterFiles.Students(2)), year: 2030);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).Code.ShouldBe(FilingErrorCodes.PeriodNotOpen);
    }
}
