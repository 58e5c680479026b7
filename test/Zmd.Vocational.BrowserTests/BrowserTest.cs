using System.Diagnostics;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.BrowserTests;

/// <summary>Base of every browser test class: the class shares the host and the browser (fixture);
/// each test gets a fresh context and page, closed after it, plus any other users' pages it opened with
/// <see cref="SignInAsync"/>. Failing tests leave a screenshot of every open page in /tmp/zmd-shots/ and name the
/// step they failed in.</summary>
public abstract class BrowserTest(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    public const string ShotsFolder = "/tmp/zmd-shots";

    private readonly List<IPage> _otherPages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string? _step;

    protected BrowserFixture Fixture { get; } = fixture;
    protected TestApp App => Fixture.App;
    protected IPage Page { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Page = await Fixture.NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            var name = "failed-" + TestContext.Current.Test?.TestDisplayName.Split('.').Last();
            TestContext.Current.TestOutputHelper?.WriteLine($"failed during step: {_step ?? "(none named)"}");
            await ScreenshotAsync(name);
            for (var i = 0; i < _otherPages.Count; i++)
            {
                await ScreenshotOfAsync(_otherPages[i], $"{name}-user{i + 2}");
            }
        }

        foreach (var page in _otherPages)
        {
            await page.Context.CloseAsync();
        }

        await Page.Context.CloseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A second (third…) person at another browser: a fresh context signed in as <paramref name="userName"/>
    /// through the login form, landing on <paramref name="returnUrl"/>. Closed with the test.</summary>
    protected async Task<IPage> SignInAsync(string userName, string returnUrl, string password = TestApp.DemoPassword)
    {
        var page = await Fixture.NewPageAsync();
        _otherPages.Add(page);
        await page.LoginAsync(userName, password, returnUrl);
        return page;
    }

    /// <summary>Names the step a long journey is in: logged with the time so far, and reported if the test fails.</summary>
    protected void Step(string name)
    {
        _step = name;
        TestContext.Current.TestOutputHelper?.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.00} s  {name}");
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
