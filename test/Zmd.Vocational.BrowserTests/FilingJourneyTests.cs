using System.Diagnostics;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>Issue 3's browser test: the bureau opens the school year; a school's filer downloads the template, uploads a
/// students roster with errors, sees every error, uploads the fixed file and submits it; a bureau approver finds it on
/// the status board and approves it, seeing ID numbers masked; the school's checklist then shows it approved and locked.</summary>
public sealed partial class FilingJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Year = 2026;
    private const string School = "3141172801";
    private const string SchoolName = "遂平县职业教育中心";
    private const string Dataset = "students";

    private readonly List<IPage> _otherPages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _stepStarted;
    private string? _step;

    [Fact]
    public async Task Filer_fixes_a_refused_roster_and_submits_it_and_the_approver_approves_it_with_ID_numbers_masked()
    {
        var folder = Directory.CreateTempSubdirectory("zmd-browser-filing-").FullName;
        var admin = Page;
        IPage? current = admin;
        try
        {
            // ---- 1. The bureau opens school year 2026 for filing, through the form.
            Step("admin opens school year 2026");
            await admin.LoginAsync("admin", returnUrl: "/Filing/Periods");
            await admin.FillAsync("#Input_Year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await admin.FillAsync("#Input_Deadline", "2027-06-30");
            await Expect(admin.Locator("#Input_IsOpen")).ToBeCheckedAsync();
            await admin.ClickAsync("#save-period");
            await Expect(Status(admin)).ToHaveTextAsync("已保存。");
            new Uri(admin.Url).AbsolutePath.ShouldBe("/Filing/Periods");
            await Expect(admin.Locator("#form-errors")).ToBeHiddenAsync();
            var period = admin.Locator("#periods-table tr[data-year='2026']");
            await Expect(period).ToContainTextAsync("2027-06-30");
            await Expect(period).ToContainTextAsync("2026—2027 学年");
            await Expect(period.Locator("td").Nth(3)).ToHaveTextAsync("是");

            // ---- 2. The filer sees the students roster not started and downloads its template.
            Step("filer opens the checklist and downloads the template");
            var filer = current = await OpenPageAsync();
            await filer.LoginAsync("filer", returnUrl: $"/Filing?year={Year}");
            var row = StudentsRow(filer);
            await Expect(filer.Locator("#checklist")).ToBeVisibleAsync();
            await Expect(filer.Locator("main h2")).ToContainTextAsync(SchoolName);
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "NotStarted");
            await Expect(row.Locator("[data-state]")).ToHaveTextAsync("未开始");
            await Expect(row.Locator("a[href^='/Filing/Detail/']")).ToHaveCountAsync(0);
            await Expect(row.Locator("form button[type=submit]")).ToHaveCountAsync(0);
            var uploadLink = row.Locator("a[href^='/Filing/Upload']");
            await Expect(uploadLink).ToHaveAttributeAsync("href", $"/Filing/Upload?year={Year}&school={School}&dataset={Dataset}");
            await uploadLink.ClickAsync();
            await filer.WaitForURLAsync("**/Filing/Upload?**");
            await Expect(filer.Locator("main")).ToContainTextAsync("在校生名册");

            var template = await filer.RunAndWaitForDownloadAsync(() => filer.ClickAsync("#template-link"));
            (await template.FailureAsync()).ShouldBeNull();
            template.SuggestedFilename.ShouldEndWith(".xlsx");
            var templatePath = Path.Combine(folder, "template.xlsx");
            await template.SaveAsAsync(templatePath);
            StartsWithZipSignature(templatePath).ShouldBeTrue("an xlsx file is a zip archive (PK…)");
            new FileInfo(templatePath).Length.ShouldBeGreaterThan(1_000);
            // Downloading left the upload page in place.
            new Uri(filer.Url).AbsolutePath.ShouldBe("/Filing/Upload");

            // ---- 3. A roster with two bad rows is refused, with every error listed.
            Step("filer uploads a roster with two errors");
            var students = StudentRosters.Valid(8);
            var wrongId = StudentRosters.WithWrongCheckDigit(students[2].IdNumber);   // file row 4
            var bad = students.ToList();
            bad[2] = bad[2] with { IdNumber = wrongId };
            bad[5] = bad[5] with { Number = students[1].Number };                    // file row 7 repeats row 3's 学号
            const string badName = "在校生名册（有错）.csv";
            await filer.SetInputFilesAsync("#upload-file", StudentRosters.Write(folder, badName, bad));
            await filer.ClickAsync("#upload-submit");

            var errors = filer.Locator("#upload-errors tbody tr");
            await Expect(errors).ToHaveCountAsync(2);
            new Uri(filer.Url).AbsolutePath.ShouldBe("/Filing/Upload");
            var refused = filer.Locator("#upload-refused");
            await Expect(refused).ToBeVisibleAsync();
            await Expect(refused).ToContainTextAsync("文件未保存");
            await Expect(refused).ToContainTextAsync("2 处错误");
            await Expect(refused).ToContainTextAsync("8 行数据");

            var idError = filer.Locator("#upload-errors tr[data-code='Filing:InvalidIdNumber']");
            await Expect(idError).ToHaveCountAsync(1);
            await Expect(idError.Locator("td").Nth(0)).ToHaveTextAsync(badName);
            await Expect(idError.Locator("td").Nth(1)).ToHaveTextAsync("4");
            await Expect(idError.Locator("td").Nth(2)).ToHaveTextAsync("身份证号");
            await Expect(idError.Locator("td").Nth(3)).ToHaveTextAsync(StudentRosters.Masked(wrongId));
            await Expect(idError.Locator("td").Nth(4)).ToContainTextAsync("无效");
            await Expect(idError.Locator("td").Nth(4)).ToContainTextAsync("校验码");

            var duplicate = filer.Locator("#upload-errors tr[data-code='Filing:DuplicateInFile']");
            await Expect(duplicate).ToHaveCountAsync(1);
            await Expect(duplicate.Locator("td").Nth(1)).ToHaveTextAsync("7");
            await Expect(duplicate.Locator("td").Nth(2)).ToHaveTextAsync("学号");
            await Expect(duplicate.Locator("td").Nth(3)).ToHaveTextAsync(students[1].Number);
            await Expect(duplicate.Locator("td").Nth(4)).ToContainTextAsync("重复");
            await Expect(duplicate.Locator("td").Nth(4)).ToContainTextAsync("第 3 行");
            // The wrong ID number is listed masked, never in full.
            (await filer.ContentAsync()).ShouldNotContain(wrongId);
            await Expect(filer.Locator("#error-report")).ToHaveAttributeAsync("href", new Regex("^/api/filing/reports/.+"));
            await ScreenshotOfAsync(filer, "filing-upload-errors");

            var report = await filer.RunAndWaitForDownloadAsync(() => filer.ClickAsync("#error-report"));
            (await report.FailureAsync()).ShouldBeNull();
            report.SuggestedFilename.ShouldEndWith(".xlsx");
            var reportPath = Path.Combine(folder, "report.xlsx");
            await report.SaveAsAsync(reportPath);
            StartsWithZipSignature(reportPath).ShouldBeTrue("the error report is an xlsx file");

            Step("the refused roster stored nothing");
            await filer.GotoAsync($"/Filing?year={Year}&school={School}");
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "NotStarted");
            await Expect(row.Locator("[data-state]")).ToHaveTextAsync("未开始");
            await Expect(row.Locator("td.num")).ToHaveTextAsync("—");

            // ---- 4. The fixed roster is stored as the draft, then submitted.
            Step("filer uploads the fixed roster");
            await uploadLink.ClickAsync();
            await filer.WaitForURLAsync("**/Filing/Upload?**");
            await filer.SetInputFilesAsync("#upload-file", StudentRosters.Write(folder, "在校生名册.csv", students));
            await filer.ClickAsync("#upload-submit");
            await filer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Filing");
            await Expect(Status(filer)).ToHaveTextAsync("上传成功，共 8 行，已保存为草稿。");
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "Draft");
            await Expect(row.Locator("[data-state]")).ToHaveTextAsync("草稿");
            await Expect(row.Locator("td.num")).ToHaveTextAsync("8");
            await Expect(row).ToContainTextAsync("filer");

            Step("filer submits");
            var submit = row.Locator("form button[type=submit]");
            await Expect(submit).ToHaveTextAsync("提交审核");
            await submit.ClickAsync();
            await Expect(Status(filer)).ToHaveTextAsync("已提交，等待市教育局审核。");
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "Submitted");
            await Expect(row.Locator("[data-state]")).ToHaveTextAsync("已提交");
            // Submitted data is locked for the school: no more upload or submit.
            await Expect(row.Locator("a[href^='/Filing/Upload']")).ToHaveCountAsync(0);
            await Expect(submit).ToHaveCountAsync(0);

            // ---- 5. The approver finds it on the board and approves it.
            Step("approver opens the board");
            var approver = current = await OpenPageAsync();
            await approver.LoginAsync("approver", returnUrl: $"/Filing/Board?year={Year}");
            var cell = approver.Locator($"#status-board tr[data-school='{School}'] td[data-dataset='{Dataset}']");
            await Expect(cell.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "Submitted");
            await Expect(cell.Locator("[data-state]")).ToHaveTextAsync("已提交");
            await Expect(cell).ToContainTextAsync("8");
            await Expect(cell.Locator("input[name=ids]")).ToHaveCountAsync(1);
            await Expect(approver.Locator("#approve-selected")).ToBeVisibleAsync();
            // Only this one filing is waiting for review.
            await Expect(approver.Locator("#status-board input[name=ids]")).ToHaveCountAsync(1);
            await ScreenshotOfAsync(approver, "filing-board");

            Step("approver approves on the detail page");
            await cell.Locator("a[href^='/Filing/Detail/']").ClickAsync();
            await approver.WaitForURLAsync("**/Filing/Detail/**");
            await Expect(approver.Locator("main h1")).ToContainTextAsync(SchoolName);
            await Expect(approver.Locator("#filing-state [data-state]")).ToHaveTextAsync("已提交");
            await Expect(approver.Locator("#return")).ToBeVisibleAsync();
            await approver.ClickAsync("#approve");
            await Expect(Status(approver)).ToHaveTextAsync("已审核通过，数据已锁定。");
            await Expect(approver.Locator("#filing-state [data-state]")).ToHaveAttributeAsync("data-state", "Approved");
            await Expect(approver.Locator("#filing-state")).ToHaveTextAsync("已通过");
            await Expect(approver.Locator("#approve")).ToHaveCountAsync(0);
            await Expect(approver.Locator("#unlock")).ToBeVisibleAsync();

            Step("the history says who did what");
            var history = approver.Locator("#filing-history tbody tr");
            await Expect(history).ToHaveCountAsync(3);
            var events = await history.EvaluateAllAsync<string[][]>("rows => rows.map(r => [...r.cells].map(c => c.textContent.trim()))");
            events.Select(e => (User: e[1], Action: e[2])).ShouldBe([("filer", "上传"), ("filer", "提交"), ("approver", "审核通过")]);
            events[0][4].ShouldContain("在校生名册.csv");

            Step("the preview masks ID numbers for the approver");
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

            await approver.GotoAsync($"/Filing/Board?year={Year}");
            await Expect(cell.Locator("[data-state]")).ToHaveTextAsync("已通过");
            await Expect(approver.Locator("#status-board input[name=ids]")).ToHaveCountAsync(0);

            // ---- 6. The school's checklist shows it approved and locked.
            Step("filer sees it approved and locked");
            current = filer;
            await filer.ReloadAsync();
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "Approved");
            await Expect(row.Locator("[data-state]")).ToHaveTextAsync("已通过");
            await Expect(row.Locator("td.num")).ToHaveTextAsync("8");
            await Expect(row.Locator("a[href^='/Filing/Upload']")).ToHaveCountAsync(0);
            await Expect(row.Locator("form button[type=submit]")).ToHaveCountAsync(0);
            await Expect(row.Locator("a[href^='/Filing/Detail/']")).ToHaveCountAsync(1);
            // Another dataset of the same school is still open for upload.
            await Expect(filer.Locator("#checklist tr[data-dataset='teachers'] a[href^='/Filing/Upload']")).ToHaveCountAsync(1);
            Step("end");
        }
        catch
        {
            if (current is not null && !ReferenceEquals(current, Page))
            {
                await ScreenshotOfAsync(current, "failed-filing-journey-" + Slug().Replace(_step ?? "", "-"));
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"failed during step: {_step}");
            throw;
        }
        finally
        {
            foreach (var page in _otherPages)
            {
                await page.Context.CloseAsync();
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static ILocator Status(IPage page) => page.Locator("main > .alert-success[role=status]");

    private static ILocator StudentsRow(IPage page) => page.Locator($"#checklist tr[data-dataset='{Dataset}']");

    private static bool StartsWithZipSignature(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[2];
        return file.Read(head) == 2 && head[0] == (byte)'P' && head[1] == (byte)'K';
    }

    /// <summary>Another user's page in its own context (own cookies), closed at the end of the test.</summary>
    private async Task<IPage> OpenPageAsync()
    {
        var page = await Fixture.NewPageAsync();
        _otherPages.Add(page);
        return page;
    }

    /// <summary>Logs the time the previous step took, so slow steps show in the test output.</summary>
    private void Step(string name)
    {
        var now = _clock.Elapsed;
        if (_step is not null)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{(now - _stepStarted).TotalSeconds,6:0.00} s  {_step}");
        }

        _step = name;
        _stepStarted = now;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
