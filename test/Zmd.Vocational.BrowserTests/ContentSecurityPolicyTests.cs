using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Zmd.Vocational.TestKit;
using static Microsoft.Playwright.Assertions;

namespace Zmd.Vocational.BrowserTests;

/// <summary>The pages run under a Content-Security-Policy without inline script or style. Every role signs in and opens
/// every page of its menu and one page of each kind linked from there (a target, a school dashboard, a filing, a report
/// edition with its framed preview, the template editor, a college project, …) in Chromium; the browser reports no
/// violation (securitypolicyviolation events and console errors). A control test shows the recorder does catch one.</summary>
public sealed partial class ContentSecurityPolicyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /// <summary>Runs before any page script (Playwright injects it, so the policy does not apply to it).</summary>
    private const string Recorder =
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(" +
        "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    /// <summary>Lets queued violation events run: one animation frame, then one task.</summary>
    private const string Settle = "() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))";

    private static readonly string?[] Roles = [null, "analyst", "approver", "filer", "college", "admin"];

    private readonly List<string> _violations = [];
    private readonly HashSet<string> _visited = [];
    private readonly HashSet<string> _seenByRole = [];

    [Fact]
    public async Task Every_main_page_of_every_role_runs_under_the_policy_without_a_violation()
    {
        var edition = await PrepareDataAsync();
        foreach (var role in Roles)
        {
            var page = role is null ? Page : await Fixture.NewPageAsync();
            await WatchAsync(page, role ?? "anonymous");
            if (role is null)
            {
                await CrawlAsync(page, "anonymous", ["/", "/Account/Login"]);
            }
            else
            {
                await page.LoginAsync(role);
                var menu = await page.Locator("#mainNav a.dropdown-item").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
                menu.ShouldNotBeEmpty($"{role} has a menu");
                // Pages with something to show first (one page of each kind per role is opened).
                string[] extra = role switch
                {
                    "approver" => [$"/Reports/{edition}"],
                    "college" => ["/College"],
                    _ => [],
                };
                await CrawlAsync(page, role, ["/", .. extra, .. menu]);
                await page.Context.CloseAsync();
            }
        }

        string[] expected =
        [
            "/", "/Account/Login", "/Monitoring", "/Monitoring/Target/{id}", "/Monitoring/School", "/Targets", "/Targets/Detail/{id}",
            "/Filing", "/Filing/Upload", "/Filing/Detail/{id}", "/Filing/Board", "/Filing/Periods", "/College", "/College/Project/{id}",
            "/Reports", "/Reports/{id}", "/Reports/Templates", "/Reports/Templates/Edit", "/Admin/Users", "/Admin/SecurityLog",
            "/Admin/AuditLog", "/Schools", "/Schools/Details/{id}", "/Account/Tokens",
        ];
        expected.Where(e => !_visited.Any(v => v == e || v.StartsWith(e + "/", StringComparison.Ordinal))).ShouldBeEmpty("every main page was opened");
        _violations.ShouldBeEmpty();
        TestContext.Current.TestOutputHelper?.WriteLine($"{_seenByRole.Count} page visits by {Roles.Length} roles, {_visited.Count} kinds of page, no CSP violation.");
    }

    [Fact]
    public async Task The_recorder_catches_an_inline_style_and_an_inline_script_which_the_policy_blocks()
    {
        await WatchAsync(Page, "control");
        var response = await Page.GotoAsync("/Account/Login");
        (await response!.HeaderValueAsync("content-security-policy")).ShouldBe(PagePolicy);

        var ran = await Page.EvaluateAsync<bool>("""
            () => {
                document.body.setAttribute('style', 'background-color: rgb(255, 0, 0)');
                const s = document.createElement('script');
                s.textContent = 'window.__inlineRan = true';
                document.head.appendChild(s);
                return window.__inlineRan === true;
            }
            """);
        ran.ShouldBeFalse("the inline script must not run");
        await Expect(Page.Locator("body")).Not.ToHaveCSSAsync("background-color", "rgb(255, 0, 0)");
        await Page.EvaluateAsync(Settle);
        var caught = await Page.EvaluateAsync<string[]>("() => window.__csp");
        caught.ShouldContain(v => v.StartsWith("style-src", StringComparison.Ordinal));
        caught.ShouldContain(v => v.StartsWith("script-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_API_reference_renders_under_its_own_policy_without_a_violation()
    {
        await WatchAsync(Page, "api-docs");
        var response = await Page.GotoAsync("/api-docs/");
        response!.Status.ShouldBe(200);
        ((await response.HeaderValueAsync("content-security-policy")) ?? string.Empty).ShouldContain("'sha256-");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Zmd.Vocational API — 驻马店职业教育监测系统" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Page.EvaluateAsync(Settle);
        _violations.AddRange(await Page.EvaluateAsync<string[]>("() => window.__csp"));
        // Scalar's schema library probes whether it may compile validators (try { Function('') } catch { use the
        // interpreter }): the policy refuses eval, the probe reports it, Scalar works without. Nothing else may be refused.
        _violations.Where(v => !v.StartsWith("script-src blocked eval at ", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private async Task WatchAsync(IPage page, string who)
    {
        await page.AddInitScriptAsync(Recorder);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (_violations)
                {
                    _violations.Add($"{who} {page.Url}: {message.Text}");
                }
            }
        };
    }

    /// <summary>Opens the start pages, then one page of each kind linked from them (depth one).</summary>
    private async Task CrawlAsync(IPage page, string who, IEnumerable<string> start)
    {
        var links = new List<string>();
        foreach (var url in start.Distinct())
        {
            if (await VisitAsync(page, who, url))
            {
                links.AddRange(await page.Locator("main a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
            }
        }

        foreach (var url in links.Where(l => !l.StartsWith("/api/", StringComparison.Ordinal) && !l.StartsWith("/culture/", StringComparison.Ordinal)).Distinct())
        {
            await VisitAsync(page, who, url);
        }
    }

    /// <summary>Visits a page of a kind this role has not opened yet, checks the status and the policy header and
    /// collects the violations the browser reported. False when the role has already opened one of that kind.</summary>
    private async Task<bool> VisitAsync(IPage page, string who, string url)
    {
        var kind = Kind(url);
        if (!_seenByRole.Add(who + " " + kind))
        {
            return false;
        }

        var response = await page.GotoAsync(url);
        response.ShouldNotBeNull();
        // 403: a link or menu entry the role may see but not open (its page answers with the reason, under the policy too).
        response.Status.ShouldBeOneOf([200, 403], $"{who} {url}");
        if (response.Status == 200)
        {
            _visited.Add(kind);
        }

        (await response.HeaderValueAsync("content-security-policy")).ShouldBe(PagePolicy, $"{who} {url}");
        await page.EvaluateAsync(Settle);
        foreach (var violation in await page.EvaluateAsync<string[]>("() => window.__csp"))
        {
            _violations.Add($"{who} {url}: {violation}");
        }

        return true;
    }

    /// <summary>The kind of page: its path with ids (segments holding a digit) replaced: "/Filing/Detail/{id}",
    /// "/Monitoring/Target/{id}", "/Reports/Templates/Edit".</summary>
    private static string Kind(string url)
    {
        var segments = url.Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Any(char.IsAsciiDigit) ? "{id}" : s);
        return "/" + string.Join('/', segments);
    }

    /// <summary>Data behind the detail pages: school year 2026 open, a roster uploaded (a filing), a college build-out
    /// project, a city report draft.</summary>
    private async Task<Guid> PrepareDataAsync()
    {
        using var admin = await App.LoginAsync("admin");
        (await admin.PostAsync("/api/filing/periods", Json("""{"year":2026,"deadline":"2027-06-30","isOpen":true}"""))).EnsureSuccessStatusCode();
        using var filer = await App.LoginAsync("filer");
        var roster = new ByteArrayContent(RosterFiles.Utf8(RosterFiles.Students(3)));
        roster.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        (await filer.PostAsync("/api/filing/2026/3141172801/students?fileName=roster.csv", roster)).EnsureSuccessStatusCode();
        using var college = await App.LoginAsync("college");
        (await college.PostAsync("/api/college/projects", Json(
            """{"name":"实训楼（安全策略测试）","plannedFloorArea":12000,"plannedPlaces":600,"budget":4800,"plannedStart":"2024-03-01","plannedCompletion":"2026-08-31"}"""))).EnsureSuccessStatusCode();
        using var approver = await App.LoginAsync("approver");
        var report = await (await approver.PostAsync("/api/reports", Json("""{"template":"city-report","year":2025}"""))).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        return Guid.Parse(IdField().Match(report).Groups[1].Value);
    }

    private static StringContent Json(string json) => new(json, new MediaTypeHeaderValue("application/json"));

    [GeneratedRegex("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")]
    private static partial Regex IdField();
}
