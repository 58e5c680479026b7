using System.Text.RegularExpressions;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The steps every journey shares, done the way a person does them.</summary>
internal static class PageExtensions
{
    /// <summary>Signs in through the login form, the way a person does, and waits for the page it leads to.</summary>
    public static async Task LoginAsync(this IPage page, string userName, string password = TestApp.DemoPassword, string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/Account/Login" : "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
        // Success leaves the login page (to ReturnUrl or home); a refused login stays and is caught by the caller.
        await page.WaitForAddressAsync("^(?![a-z]+://[^/]+/Account/Login([?#].*)?$)");
    }

    /// <summary>Waits until the page's address matches <paramref name="pattern"/>, a regular expression searched in the
    /// whole address. It polls the address: WaitForURL looks at the address and then subscribes to the next navigation,
    /// and on a busy machine a navigation that commits in between is missed (the journey failed after 30 s on a page that
    /// had loaded). What the page shows is then awaited by the assertions that follow.</summary>
    public static Task WaitForAddressAsync(this IPage page, string pattern) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(pattern), new() { Timeout = 30_000 });

    /// <summary>The green message the layout shows after a form was saved (TempData "StatusMessage").</summary>
    public static ILocator StatusMessage(this IPage page) => page.Locator("main > .alert-success[role=status]");

    /// <summary>Clicks a link that downloads a file, and returns the file as the browser received it.</summary>
    public static async Task<DownloadedFile> DownloadAsync(this IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        (await download.FailureAsync()).ShouldBeNull();
        var path = await download.PathAsync();
        return new DownloadedFile(download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    /// <summary>On the upload page: chooses the file and sends it.</summary>
    public static async Task UploadAsync(this IPage page, string path)
    {
        await page.SetInputFilesAsync("#upload-file", path);
        await page.ClickAsync("#upload-submit");
    }

    /// <summary>A dataset's row on a school's filing checklist (/Filing).</summary>
    public static ILocator ChecklistRow(this IPage page, string dataset) => page.Locator($"#checklist tr[data-dataset='{dataset}']");

    /// <summary>A school's cell for a dataset on the bureau's status board (/Filing/Board).</summary>
    public static ILocator BoardCell(this IPage page, string school, string dataset) =>
        page.Locator($"#status-board tr[data-school='{school}'] td[data-dataset='{dataset}']");
}

/// <summary>A file as the browser downloaded it.</summary>
internal sealed record DownloadedFile(string Name, byte[] Bytes)
{
    /// <summary>xlsx files are zip archives: they start with "PK".</summary>
    public bool IsZip => Bytes.Length > 2 && Bytes[0] == (byte)'P' && Bytes[1] == (byte)'K';

    /// <summary>The cells of an xlsx sheet (the first one unless named), row by row, as text.</summary>
    public List<string[]> XlsxRows(string? sheet = null) =>
        MiniExcelLibs.MiniExcel.Query(new MemoryStream(Bytes), useHeaderRow: false, sheetName: sheet, excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => v?.ToString() ?? "").ToArray())
            .ToList();
}
