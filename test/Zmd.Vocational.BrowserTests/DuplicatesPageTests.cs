using System.Net.Http.Headers;
using Zmd.Vocational.TestKit;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The bureau's cross-school duplicates page in Chromium: a student filed by two schools shows both schools and
/// rows, an unusual upload is flagged, the approver resolves with a note (refused without one), the page reads in
/// English too; screenshots at desktop and phone width.</summary>
public sealed class DuplicatesPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Year = 2026;
    private const string SchoolA = "3141172801";   // filer's school, 遂平县职业教育中心
    private const string SchoolB = "4141170001";   // 驻马店职业技术学院

    [Fact]
    public async Task Approver_sees_both_schools_rows_resolves_with_a_note_and_the_page_fits_a_phone()
    {
        // The other school's roster (loaded by the bureau), then school A's: one shared student, and a run of ten copied
        // students (an upload that clashes unusually often).
        var shared = StudentRosters.Valid(1)[0] with { Number = "B000001", Name = "王子豪" };
        var copied = Enumerable.Range(0, 10).Select(i => new StudentRosters.Student(i, $"B1{i:00000}", "学生" + i,
            StudentRosters.IdNumber(new DateOnly(2008, 2, 1).AddDays(i * 11), 300 + i, "411725"), new DateOnly(2008, 2, 1).AddDays(i * 11))).ToList();
        await ApiArrange.OpenPeriodAsync(App, Year);
        await UploadAsync("admin", SchoolB, [shared, .. copied]);
        await UploadAsync("filer", SchoolA, [shared with { Number = "A000001", Name = "王紫豪" }, .. copied.Select(s => s with { Number = "A" + s.Number[1..] })]);

        Step("approver opens the findings page from the menu");
        await Page.LoginAsync("approver", returnUrl: $"/Filing/Board?year={Year}");
        await Page.GotoAsync($"/Filing/Duplicates?year={Year}&school={SchoolA}");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("跨校重复学生");
        await Expect(Page.Locator("#flagged-uploads")).ToContainTextAsync("遂平县职业教育中心");
        var card = Page.Locator($".duplicate:has-text('A000001')");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.Locator(".duplicate-value")).ToHaveTextAsync(StudentRosters.Masked(shared.IdNumber));
        await Expect(card.Locator($".duplicate-side[data-school='{SchoolB}']")).ToContainTextAsync("驻马店职业技术学院");
        await Expect(card.Locator($".duplicate-side[data-school='{SchoolB}']")).ToContainTextAsync("B000001 王子豪");
        await Expect(card.Locator($".duplicate-side[data-school='{SchoolA}']")).ToContainTextAsync("A000001 王紫豪");
        await Expect(Page.Locator(".duplicate")).ToHaveCountAsync(11);
        (await Page.ContentAsync()).ShouldNotContain(shared.IdNumber);

        await Page.SetViewportSizeAsync(1400, 900);
        await ScreenshotAsync("duplicates-1400");
        await Page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync("duplicates-390");
        // Nothing wider than the phone's screen: no sideways scrolling of the whole page.
        (await Page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await Page.SetViewportSizeAsync(1280, 900);

        Step("approver resolves the shared student, first without a note");
        await card.Locator("textarea[name=note]").EvaluateAsync("e => e.removeAttribute('required')");
        await card.Locator("button[type=submit]").ClickAsync();
        await Expect(Page.Locator("#form-errors")).ToContainTextAsync("处理跨校重复记录时必须填写处理说明");
        await Expect(card).ToHaveAttributeAsync("data-status", "Open");
        await card.Locator("textarea[name=note]").FillAsync("已核实：该生已转学，通知原学校更新名册。");
        await card.Locator("button[type=submit]").ClickAsync();
        await Expect(Page.StatusMessage()).ToContainTextAsync("已标记为已处理");
        await Expect(card).ToHaveAttributeAsync("data-status", "Resolved");
        await Expect(card.Locator(".duplicate-resolution")).ToContainTextAsync("已核实：该生已转学");
        new Uri(Page.Url).Query.ShouldContain("school=" + SchoolA);

        Step("the same page in English");
        await Page.Locator("#lang-switch").ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Cross-school duplicates");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("Resolved");
        await Expect(Page.Locator("#flagged-uploads h2")).ToHaveTextAsync("Unusual uploads");
        await ScreenshotAsync("duplicates-en");
    }

    private async Task UploadAsync(string user, string school, IEnumerable<StudentRosters.Student> students)
    {
        using var client = await App.LoginAsync(user);
        var body = new ByteArrayContent(RosterFiles.Utf8(StudentRosters.Csv(students.ToList())));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        (await client.PostAsync($"/api/filing/{Year}/{school}/students?fileName=students.csv", body)).EnsureSuccessStatusCode();
    }
}
