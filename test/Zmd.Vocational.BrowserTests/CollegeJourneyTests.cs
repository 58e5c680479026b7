using System.Net.Http.Json;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The technician college's journey: its filer opens the college dashboard, records a new build-out project and
/// a progress report on it, is told plainly when a report claims more than the plan, and submits; the approver
/// approves it with a comment; the college then sees the report approved and locked, with the comment, and the
/// project's completion and the plan's build-out target on its dashboard.</summary>
public sealed class CollegeJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Project = "综合实训楼（浏览器测试）";
    private const string ApprovalComment = "与现场核查一致。";

    [Fact]
    public async Task College_records_build_out_progress_submits_it_and_sees_it_approved_and_reflected_on_its_dashboard()
    {
        Step("college opens its dashboard");
        var college = Page;
        await college.LoginAsync("college", returnUrl: "/College?year=2024");
        await college.WaitForAddressAsync(@"/College\?");
        await Expect(college.Locator("h1")).ToContainTextAsync("驻马店技师学院");
        await Expect(college.Locator("#college-targets tr[data-code='Z6.03.01']")).ToBeVisibleAsync();
        await Expect(college.Locator("#college-standard tr[data-code='scale']")).ToContainTextAsync("无数据");

        Step("college records a project");
        await college.FillAsync("#p-name", Project);
        await college.FillAsync("#p-area", "12000");
        await college.FillAsync("#p-places", "600");
        await college.FillAsync("#p-budget", "4800");
        await college.FillAsync("#p-start", "2024-03-01");
        await college.FillAsync("#p-end", "2026-08-31");
        await college.ClickAsync("#create-project");
        await college.WaitForAddressAsync("/College/Project/");
        await Expect(college.Locator("h1")).ToHaveTextAsync(Project);

        Step("a report claiming 110% of the plan is refused");
        // 13,200 m² of a planned 12,000 is 110%: refused in Chinese, nothing recorded.
        await college.FillAsync("#r-asof", "2025-06-30");
        await college.FillAsync("#r-area", "13200");
        await college.FillAsync("#r-places", "0");
        await college.FillAsync("#r-spent", "2000");
        await college.ClickAsync("#save-report");
        await Expect(college.Locator("#errors")).ToContainTextAsync("110%");
        await Expect(college.Locator("#progress-reports tbody tr")).ToHaveCountAsync(0);

        Step("college records half the floor area and submits");
        await college.FillAsync("#r-area", "6000");
        await college.ClickAsync("#save-report");
        await Expect(college.Locator("#progress-reports tbody tr[data-state='Draft']")).ToHaveCountAsync(1);
        await college.ClickAsync("#progress-reports button[data-action='submit']");
        var report = college.Locator("#progress-reports tbody tr[data-state='Submitted']");
        await Expect(report).ToHaveCountAsync(1);
        await Expect(report).ToContainTextAsync("已提交");
        await Expect(report.Locator("button[data-action='submit']")).ToHaveCountAsync(0);
        var projectPath = new Uri(college.Url).PathAndQuery;
        await ScreenshotAsync("college-project");

        Step("approver approves it with a comment");
        var approver = await SignInAsync("approver", projectPath);
        await approver.FillAsync("#progress-reports input[name=Comment]", ApprovalComment);
        await approver.ClickAsync("#progress-reports button[data-action='approve']");
        await Expect(approver.Locator("#progress-reports tbody tr[data-state='Approved']")).ToHaveCountAsync(1);
        await Expect(approver.Locator("#project-standing")).ToContainTextAsync("50");

        Step("college sees it approved, locked, with the comment");
        await college.ReloadAsync();
        var approved = college.Locator("#progress-reports tbody tr[data-state='Approved']");
        await Expect(approved).ToHaveCountAsync(1);
        await Expect(approved).ToContainTextAsync("已通过");
        await Expect(approved).ToContainTextAsync(ApprovalComment);
        await Expect(approved.Locator("button[data-action]")).ToHaveCountAsync(0);
        await Expect(college.Locator("#project-standing")).ToContainTextAsync("50");

        Step("college's dashboard reflects it");
        await college.GotoAsync("/College?year=2024");
        await Expect(college.Locator($"#college-projects tr[data-project='{Project}'] td[data-percent]")).ToContainTextAsync("50");
        await Expect(college.Locator("#college-targets tr[data-code='Z6.03.01'] td[data-actual]")).ToContainTextAsync("6,000");

        Step("what is stored");
        using var api = await App.LoginAsync("college");
        var projects = await api.GetFromJsonAsync<List<ProjectDto>>("/api/college/projects", TestApp.Json);
        var project = projects.ShouldNotBeNull().Single(p => p.Name == Project);
        var detail = await api.GetFromJsonAsync<ProjectDetailDto>($"/api/college/projects/{project.Id}", TestApp.Json);
        var stored = detail.ShouldNotBeNull().Reports.ShouldHaveSingleItem();
        stored.State.ShouldBe(FilingState.Approved);
        stored.FloorAreaCompleted.ShouldBe(6000m);
        stored.ReviewComment.ShouldBe(ApprovalComment);
    }
}
