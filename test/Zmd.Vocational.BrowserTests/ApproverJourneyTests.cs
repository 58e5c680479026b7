using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The bureau approver's journey: on the status board finds the filings waiting, opens one, reviews its preview
/// (ID numbers masked), returns it with a comment that the school's filer then reads on the checklist, approves another
/// on its page, and bulk-approves the rest from the board. The schools' uploads are arranged through the API.</summary>
public sealed class ApproverJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Year = 2026;
    private const string SchoolA = "3141172801";   // filer's school, 遂平县职业教育中心
    private const string SchoolB = "4141170001";   // filer2's school, 驻马店职业技术学院
    private const string ReturnComment = "第 3 行学生的专业代码有误，请核对后重新上传。";

    [Fact]
    public async Task Approver_reviews_returns_with_a_comment_approves_and_bulk_approves_from_the_board()
    {
        var students = StudentRosters.Valid(8);
        await ApiArrange.OpenPeriodAsync(App, Year);
        await ApiArrange.SubmitAsync(App, "filer", Year, SchoolA, "students", StudentRosters.Csv(students));
        await ApiArrange.SubmitAsync(App, "filer", Year, SchoolA, "teachers", Teachers(1, 6));
        await ApiArrange.SubmitAsync(App, "filer2", Year, SchoolB, "students", RosterFiles.Students(5, start: 100));
        await ApiArrange.SubmitAsync(App, "filer2", Year, SchoolB, "teachers", Teachers(101, 4));

        Step("approver opens the status board");
        var approver = Page;
        await approver.LoginAsync("approver", returnUrl: $"/Filing/Board?year={Year}");
        await Expect(approver.Locator("#status-board input[name=ids]")).ToHaveCountAsync(4);
        var studentsA = approver.BoardCell(SchoolA, "students");
        await Expect(studentsA.Locator("[data-state]")).ToHaveTextAsync("已提交");
        await Expect(studentsA).ToContainTextAsync("8");
        await Expect(approver.Locator("#board-summary")).ToContainTextAsync("已提交 4");
        await ScreenshotAsync("approver-board");

        Step("approver opens the students roster and reviews its preview");
        await studentsA.Locator("a[href^='/Filing/Detail/']").ClickAsync();
        await approver.WaitForAddressAsync("/Filing/Detail/");
        await Expect(approver.Locator("main h1")).ToContainTextAsync("遂平县职业教育中心");
        await Expect(approver.Locator("main h1")).ToContainTextAsync("在校生名册");
        await Expect(approver.Locator("#filing-state [data-state]")).ToHaveTextAsync("已提交");
        var preview = approver.Locator("#filing-preview");
        await Expect(preview.Locator("tbody tr")).ToHaveCountAsync(8);
        await Expect(preview.Locator("thead")).ToContainTextAsync("身份证号");
        await Expect(approver.Locator("main")).ToContainTextAsync("身份证号已脱敏");
        await Expect(preview).ToContainTextAsync(StudentRosters.Masked(students[0].IdNumber));
        await Expect(preview).ToContainTextAsync(students[7].Number);
        var html = await approver.ContentAsync();
        foreach (var student in students)
        {
            html.ShouldNotContain(student.IdNumber, customMessage: $"the full ID number of {student.Number} is on the approver's page");
        }

        Step("approver returns it with a comment");
        await approver.FillAsync("#return-form textarea[name=comment]", ReturnComment);
        await approver.ClickAsync("#return");
        await Expect(approver.StatusMessage()).ToHaveTextAsync("已退回学校修改。");
        await Expect(approver.Locator("#filing-state [data-state]")).ToHaveAttributeAsync("data-state", "Returned");
        await Expect(approver.Locator("#filing-summary")).ToContainTextAsync(ReturnComment);
        await Expect(approver.Locator("#filing-history tbody tr").Last).ToContainTextAsync(ReturnComment);
        await Expect(approver.Locator("#approve")).ToHaveCountAsync(0);

        Step("the filer reads the comment and may upload again");
        var filer = await SignInAsync("filer", $"/Filing?year={Year}");
        var returned = filer.ChecklistRow("students");
        await Expect(returned.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "Returned");
        await Expect(returned.Locator("[data-state]")).ToHaveTextAsync("已退回");
        await Expect(returned).ToContainTextAsync(ReturnComment);
        await Expect(returned.Locator("a[href^='/Filing/Upload']")).ToHaveCountAsync(1);

        Step("approver approves the teachers roster on its page");
        await approver.GotoAsync($"/Filing/Board?year={Year}");
        await Expect(studentsA.Locator("[data-state]")).ToHaveTextAsync("已退回");
        await approver.BoardCell(SchoolA, "teachers").Locator("a[href^='/Filing/Detail/']").ClickAsync();
        await approver.WaitForAddressAsync("/Filing/Detail/");
        await Expect(approver.Locator("main h1")).ToContainTextAsync("教师名册");
        await Expect(approver.Locator("#filing-preview tbody tr")).ToHaveCountAsync(6);
        await approver.ClickAsync("#approve");
        await Expect(approver.StatusMessage()).ToHaveTextAsync("已审核通过，数据已锁定。");
        await Expect(approver.Locator("#filing-state [data-state]")).ToHaveAttributeAsync("data-state", "Approved");

        Step("approver bulk-approves the other school's two filings from the board");
        await approver.GotoAsync($"/Filing/Board?year={Year}");
        var waiting = approver.Locator("#status-board input[name=ids]");
        await Expect(waiting).ToHaveCountAsync(2);
        await approver.BoardCell(SchoolB, "students").Locator("input[name=ids]").CheckAsync();
        await approver.BoardCell(SchoolB, "teachers").Locator("input[name=ids]").CheckAsync();
        await approver.ClickAsync("#approve-selected");
        await Expect(approver.StatusMessage()).ToContainTextAsync("已审核通过 2 项");
        await Expect(approver.BoardCell(SchoolB, "students").Locator("[data-state]")).ToHaveTextAsync("已通过");
        await Expect(approver.BoardCell(SchoolB, "teachers").Locator("[data-state]")).ToHaveTextAsync("已通过");
        await Expect(approver.BoardCell(SchoolA, "teachers").Locator("[data-state]")).ToHaveTextAsync("已通过");
        await Expect(waiting).ToHaveCountAsync(0);

        Step("what is stored");
        var returnedFiling = await ApiArrange.FilingAsync(App, "approver", Year, SchoolA, "students");
        returnedFiling.State.ShouldBe(FilingState.Returned);
        returnedFiling.ReviewComment.ShouldBe(ReturnComment);
        returnedFiling.ReviewedBy.ShouldBe("approver");
        foreach (var (school, dataset) in new[] { (SchoolA, "teachers"), (SchoolB, "students"), (SchoolB, "teachers") })
        {
            var approved = await ApiArrange.FilingAsync(App, "approver", Year, school, dataset);
            approved.State.ShouldBe(FilingState.Approved, $"{school} {dataset}");
            approved.ReviewedBy.ShouldBe("approver");
        }
    }

    /// <summary>A teachers roster of <paramref name="count"/> teachers numbered from <paramref name="first"/> (ID numbers
    /// differ between schools: one person cannot be on two schools' rosters).</summary>
    private static string Teachers(int first, int count) =>
        RosterFiles.TeacherHeader + "\n" + string.Concat(Enumerable.Range(first, count).Select(n => RosterFiles.TeacherRow(n) + "\n"));
}
