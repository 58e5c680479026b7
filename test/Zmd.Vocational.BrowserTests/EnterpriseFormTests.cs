using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>Registering a partner enterprise checks the 统一社会信用代码 (GB 32100-2015 check character).</summary>
public sealed class EnterpriseFormTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string InvalidCode = "91350100M000100Y44";
    private const string ValidCode = "91350100M000100Y43";
    private const string Name = "浏览器测试合作企业有限公司";

    [Fact]
    public async Task Invalid_credit_code_is_refused_with_a_Chinese_error_and_a_valid_one_is_saved_and_listed()
    {
        await Page.LoginAsync("admin", returnUrl: "/Enterprises");
        var rowsBefore = await Page.Locator("#enterprises-table tbody tr").CountAsync();

        await Page.GotoAsync("/Enterprises/Edit");
        await FillAsync(InvalidCode);
        await Page.ClickAsync("#save");

        var errors = Page.Locator("#form-errors");
        await Expect(errors).ToContainTextAsync("统一社会信用代码");
        await Expect(errors).ToBeVisibleAsync();
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Enterprises/Edit");
        await Expect(errors).ToContainTextAsync(InvalidCode);
        // What was typed is kept for correction.
        await Expect(Page.Locator("#Input_Name")).ToHaveValueAsync(Name);

        await Page.GotoAsync("/Enterprises");
        await Expect(Page.Locator("#enterprises-table tbody tr")).ToHaveCountAsync(rowsBefore);
        await Expect(Page.Locator($"#enterprises-table tr[data-code='{InvalidCode}']")).ToHaveCountAsync(0);

        await Page.GotoAsync("/Enterprises/Edit");
        await FillAsync(ValidCode);
        await Page.ClickAsync("#save");

        await Page.WaitForAddressAsync("/Enterprises$");
        await Expect(Page.Locator("#enterprises-table tbody tr")).ToHaveCountAsync(rowsBefore + 1);
        var row = Page.Locator($"#enterprises-table tr[data-code='{ValidCode}']");
        await Expect(row).ToContainTextAsync(Name);
        await Expect(row).ToContainTextAsync("规模以上");
    }

    private async Task FillAsync(string creditCode)
    {
        await Page.FillAsync("#Input_Name", Name);
        await Page.FillAsync("#Input_CreditCode", creditCode);
        await Page.SelectOptionAsync("#Input_Size", "AboveDesignatedSize");
        await Page.FillAsync("#Input_Industry", "制造业");
    }
}
