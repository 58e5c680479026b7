using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Zmd.Vocational.Filing.Contracts;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The school filer's journey: the bureau opens the school year; the filer downloads the template (a real xlsx
/// with the roster's headers), uploads a students roster with errors and sees every error by file, row and column,
/// downloads the error report, uploads the fixed file and submits it, and follows its status until it is approved and
/// locked. (The approver's side is <see cref="ApproverJourneyTests"/>.)</summary>
public sealed class FilerJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Year = 2026;
    private const string School = "3141172801";
    private const string SchoolName = "遂平县职业教育中心";
    private const string Dataset = "students";

    [Fact]
    public async Task Filer_downloads_the_template_fixes_a_refused_roster_submits_it_and_sees_it_approved_and_locked()
    {
        var folder = Directory.CreateTempSubdirectory("zmd-browser-filing-").FullName;
        try
        {
            await AdminOpensTheSchoolYearAsync();
            var filer = await SignInAsync("filer", $"/Filing?year={Year}");
            await DownloadsTheTemplateAsync(filer);
            var students = StudentRosters.Valid(8);
            await UploadsARosterWithErrorsAsync(filer, folder, students);
            await UploadsTheFixedRosterAndSubmitsAsync(filer, folder, students);
            await SeesItApprovedAndLockedAsync(filer);

            // What the journey left stored: the fixed file only (the refused one stored nothing), submitted by the filer
            // and approved.
            var stored = await ApiArrange.FilingAsync(App, "approver", Year, School, Dataset);
            stored.State.ShouldBe(FilingState.Approved);
            stored.Version.ShouldBe(1, "the refused upload made no version");
            stored.RowCount.ShouldBe(students.Count);
            stored.SubmittedBy.ShouldBe("filer");
            stored.ReviewedBy.ShouldBe("approver");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task AdminOpensTheSchoolYearAsync()
    {
        Step("admin opens school year 2026");
        await Page.LoginAsync("admin", returnUrl: "/Filing/Periods");
        await Page.FillAsync("#Input_Year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.FillAsync("#Input_Deadline", "2027-06-30");
        await Expect(Page.Locator("#Input_IsOpen")).ToBeCheckedAsync();
        await Page.ClickAsync("#save-period");
        await Expect(Page.StatusMessage()).ToHaveTextAsync("已保存。");
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Filing/Periods");
        await Expect(Page.Locator("#form-errors")).ToBeHiddenAsync();
        var period = Page.Locator("#periods-table tr[data-year='2026']");
        await Expect(period).ToContainTextAsync("2027-06-30");
        await Expect(period).ToContainTextAsync("2026—2027 学年");
        await Expect(period.Locator("td").Nth(3)).ToHaveTextAsync("是");
    }

    private async Task DownloadsTheTemplateAsync(IPage filer)
    {
        Step("filer opens the checklist and downloads the template");
        var row = filer.ChecklistRow(Dataset);
        await Expect(filer.Locator("#checklist")).ToBeVisibleAsync();
        await Expect(filer.Locator("main h2")).ToContainTextAsync(SchoolName);
        await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "NotStarted");
        await Expect(row.Locator("[data-state]")).ToHaveTextAsync("未开始");
        await Expect(row.Locator("a[href^='/Filing/Detail/']")).ToHaveCountAsync(0);
        await Expect(row.Locator("form button[type=submit]")).ToHaveCountAsync(0);
        var uploadLink = row.Locator("a[href^='/Filing/Upload']");
        await Expect(uploadLink).ToHaveAttributeAsync("href", $"/Filing/Upload?year={Year}&school={School}&dataset={Dataset}");
        await uploadLink.ClickAsync();
        await filer.WaitForAddressAsync(@"/Filing/Upload\?");
        await Expect(filer.Locator("main")).ToContainTextAsync("在校生名册");

        var template = await filer.DownloadAsync("#template-link");
        template.Name.ShouldEndWith(".xlsx");
        template.IsZip.ShouldBeTrue("an xlsx file is a zip archive (PK…)");
        // The data sheet's first row holds the roster's headers, in order (required ones marked " *").
        template.XlsxRows("数据")[0].Select(h => h.TrimEnd('*', ' ')).Where(h => h.Length > 0).ShouldBe(StudentRosters.Header.Split(','));
        // Downloading left the upload page in place.
        new Uri(filer.Url).AbsolutePath.ShouldBe("/Filing/Upload");
    }

    private async Task UploadsARosterWithErrorsAsync(IPage filer, string folder, List<StudentRosters.Student> students)
    {
        Step("filer uploads a roster with two errors");
        var wrongId = StudentRosters.WithWrongCheckDigit(students[2].IdNumber);   // file row 4
        var bad = students.ToList();
        bad[2] = bad[2] with { IdNumber = wrongId };
        bad[5] = bad[5] with { Number = students[1].Number };                    // file row 7 repeats row 3's 学号
        const string badName = "在校生名册（有错）.csv";
        await filer.UploadAsync(StudentRosters.Write(folder, badName, bad));

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
        await Expect(duplicate.Locator("td").Nth(0)).ToHaveTextAsync(badName);
        await Expect(duplicate.Locator("td").Nth(1)).ToHaveTextAsync("7");
        await Expect(duplicate.Locator("td").Nth(2)).ToHaveTextAsync("学号");
        await Expect(duplicate.Locator("td").Nth(3)).ToHaveTextAsync(students[1].Number);
        await Expect(duplicate.Locator("td").Nth(4)).ToContainTextAsync("重复");
        await Expect(duplicate.Locator("td").Nth(4)).ToContainTextAsync("第 3 行");
        // The wrong ID number is listed masked, never in full.
        (await filer.ContentAsync()).ShouldNotContain(wrongId);
        await Expect(filer.Locator("#error-report")).ToHaveAttributeAsync("href", new Regex("^/api/filing/reports/.+"));
        await ScreenshotOfAsync(filer, "filing-upload-errors");

        var report = await filer.DownloadAsync("#error-report");
        report.Name.ShouldEndWith(".xlsx");
        report.IsZip.ShouldBeTrue("the error report is an xlsx file");
        // The report is the uploaded file with a last column saying what is wrong on each row (file rows 4 and 7).
        var lines = report.XlsxRows();
        lines.Count.ShouldBe(9);
        lines[0][^1].ShouldBe("错误说明");
        lines[3][0].ShouldBe(bad[2].Number);
        lines[3][^1].ShouldContain("身份证号");
        lines[6][^1].ShouldContain("学号");
        lines.Where((_, i) => i is not (0 or 3 or 6)).Select(line => line[^1]).ShouldAllBe(message => message == "");

        Step("the refused roster stored nothing");
        await filer.GotoAsync($"/Filing?year={Year}&school={School}");
        var row = filer.ChecklistRow(Dataset);
        await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "NotStarted");
        await Expect(row.Locator("[data-state]")).ToHaveTextAsync("未开始");
        await Expect(row.Locator("td.num")).ToHaveTextAsync("—");
    }

    private async Task UploadsTheFixedRosterAndSubmitsAsync(IPage filer, string folder, List<StudentRosters.Student> students)
    {
        Step("filer uploads the fixed roster");
        var row = filer.ChecklistRow(Dataset);
        await row.Locator("a[href^='/Filing/Upload']").ClickAsync();
        await filer.WaitForAddressAsync(@"/Filing/Upload\?");
        await filer.UploadAsync(StudentRosters.Write(folder, "在校生名册.csv", students));
        await filer.WaitForAddressAsync("^[a-z]+://[^/]+/Filing([?#].*)?$");
        await Expect(filer.StatusMessage()).ToHaveTextAsync("上传成功，共 8 行，已保存为草稿。");
        await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "Draft");
        await Expect(row.Locator("[data-state]")).ToHaveTextAsync("草稿");
        await Expect(row.Locator("td.num")).ToHaveTextAsync("8");
        await Expect(row).ToContainTextAsync("filer");

        Step("filer submits");
        var submit = row.Locator("form button[type=submit]");
        await Expect(submit).ToHaveTextAsync("提交审核");
        await submit.ClickAsync();
        await Expect(filer.StatusMessage()).ToHaveTextAsync("已提交，等待市教育局审核。");
        await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "Submitted");
        await Expect(row.Locator("[data-state]")).ToHaveTextAsync("已提交");
        // Submitted data is locked for the school: no more upload or submit.
        await Expect(row.Locator("a[href^='/Filing/Upload']")).ToHaveCountAsync(0);
        await Expect(submit).ToHaveCountAsync(0);

        var stored = await ApiArrange.FilingAsync(App, "filer", Year, School, Dataset);
        stored.State.ShouldBe(FilingState.Submitted);
        stored.RowCount.ShouldBe(8);
        stored.SubmittedBy.ShouldBe("filer");
    }

    private async Task SeesItApprovedAndLockedAsync(IPage filer)
    {
        Step("the bureau approves (through the API) and the filer sees it approved and locked");
        var filing = await ApiArrange.FilingAsync(App, "approver", Year, School, Dataset);
        using (var approver = await App.LoginAsync("approver"))
        {
            (await approver.PostAsJsonAsync($"/api/filing/filings/{filing.Id}/approve", new ReviewInput(null), Zmd.Vocational.TestKit.TestApp.Json))
                .EnsureSuccessStatusCode();
        }

        await filer.ReloadAsync();
        var row = filer.ChecklistRow(Dataset);
        await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "Approved");
        await Expect(row.Locator("[data-state]")).ToHaveTextAsync("已通过");
        await Expect(row.Locator("td.num")).ToHaveTextAsync("8");
        await Expect(row.Locator("a[href^='/Filing/Upload']")).ToHaveCountAsync(0);
        await Expect(row.Locator("form button[type=submit]")).ToHaveCountAsync(0);
        await Expect(row.Locator("a[href^='/Filing/Detail/']")).ToHaveCountAsync(1);
        // Another dataset of the same school is still open for upload.
        await Expect(filer.ChecklistRow("teachers").Locator("a[href^='/Filing/Upload']")).ToHaveCountAsync(1);
    }
}
