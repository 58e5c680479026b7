using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.BrowserTests;

/// <summary>Base of every browser test class: the class shares the host and the browser (fixture);
/// each test gets a fresh context and page, closed after it. Failing tests leave a screenshot in /tmp/zmd-shots/.</summary>
public abstract class BrowserTest(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    public const string ShotsFolder = "/tmp/zmd-shots";

    protected BrowserFixture Fixture { get; } = fixture;
    protected TestApp App => Fixture.App;
    protected IPage Page { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Page = await Fixture.NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await ScreenshotAsync("failed-" + TestContext.Current.Test?.TestDisplayName.Split('.').Last());
        }

        await Page.Context.CloseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Saves a full-page PNG of the test's page and returns its bytes.</summary>
    protected Task<byte[]> ScreenshotAsync(string name) => ScreenshotOfAsync(Page, name);

    /// <summary>Saves a full-page PNG of any page (a second user's, say) and returns its bytes.</summary>
    protected static async Task<byte[]> ScreenshotOfAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ShotsFolder);
        return await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, name + ".png"), FullPage = true });
    }
}
