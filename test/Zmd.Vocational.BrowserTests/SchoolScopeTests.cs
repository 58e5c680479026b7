using System.Net;
using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>A school's filer sees their own school only, in the list and by URL.</summary>
public sealed class SchoolScopeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private sealed record SchoolRow(Guid Id, string Code, string Name);

    [Fact]
    public async Task School_filer_sees_only_their_school_and_gets_404_for_another_schools_details()
    {
        // The other school's id, as the bureau sees it through the API.
        using var analyst = await App.LoginAsync("analyst");
        var all = await analyst.GetFromJsonAsync<List<SchoolRow>>("/api/schools", Zmd.Vocational.TestKit.TestApp.Json);
        all.ShouldNotBeNull();
        all.Count.ShouldBeGreaterThan(1);
        var other = all.Single(s => s.Code == "4141170001");
        var own = all.Single(s => s.Code == "3141172801");

        await Page.LoginAsync("filer", returnUrl: "/Schools");
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Schools");
        var rows = Page.Locator("#schools-table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToHaveAttributeAsync("data-code", "3141172801");
        await Expect(rows.First).ToContainTextAsync("遂平县职业教育中心");
        (await Page.ContentAsync()).ShouldNotContain("4141170001");
        (await Page.ContentAsync()).ShouldNotContain(other.Name);

        // Their own school opens; another school's URL is not found (not merely forbidden: its existence is not revealed).
        var ownResponse = await Page.GotoAsync($"/Schools/Details/{own.Id}");
        ownResponse!.Status.ShouldBe((int)HttpStatusCode.OK);
        await Expect(Page.Locator("#school-name")).ToHaveTextAsync("遂平县职业教育中心");

        var otherResponse = await Page.GotoAsync($"/Schools/Details/{other.Id}");
        otherResponse!.Status.ShouldBe((int)HttpStatusCode.NotFound);
        (await Page.ContentAsync()).ShouldNotContain(other.Name);
    }
}
