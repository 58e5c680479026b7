using System.Text;
using System.Text.Json;

namespace Zmd.Vocational.Reporting.Rendering.Pdf;

/// <summary>Prints one report in a page that can load nothing but the report, whatever its template says (an admin's
/// override may contain <c>&lt;iframe src="file:///etc/passwd"&gt;</c>, a stylesheet on the intranet, a script). Layers,
/// each enough against the common cases on its own:
/// <list type="number">
/// <item>The report is served from an address that exists nowhere (<see cref="ReportUrl"/>), through request
/// interception, in a fresh browser context. A web page may not load or open <c>file:</c> addresses (Chromium refuses
/// them to any origin but <c>file:</c> itself), so the printed page never has a file origin.</item>
/// <item>Every other request the page makes is answered by us, never by a network: a sub-resource is refused, a
/// navigation (meta refresh, a link in a frame) gets 204 No Content, which leaves the current document in place.</item>
/// <item>The report's response carries a Content-Security-Policy that allows nothing but inline styles and
/// <c>data:</c> images and fonts, and sandboxes the document; script execution is switched off as well.</item>
/// <item>Before printing, the page must still show the report; anything else fails the print.</item>
/// </list></summary>
internal static class ReportOnlyPrint
{
    /// <summary>The reserved <c>.invalid</c> top-level domain: no name server answers it, and nothing is fetched there.</summary>
    public const string ReportUrl = "https://report.invalid/";

    public static async Task<byte[]> PrintAsync(DevToolsPipe browser, string html, CancellationToken ct)
    {
        var context = (await browser.SendAsync("Target.createBrowserContext", new { disposeOnDetach = true }, ct: ct))
            .GetProperty("browserContextId").GetString();
        var target = (await browser.SendAsync("Target.createTarget", new { url = "about:blank", browserContextId = context }, ct: ct))
            .GetProperty("targetId").GetString();
        var session = (await browser.SendAsync("Target.attachToTarget", new { targetId = target, flatten = true }, ct: ct))
            .GetProperty("sessionId").GetString();

        await browser.SendAsync("Fetch.enable", new { patterns = new[] { new { urlPattern = "*" } } }, session, ct);
        await browser.SendAsync("Page.enable", null, session, ct);
        await browser.SendAsync("Emulation.setScriptExecutionDisabled", new { value = true }, session, ct);

        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(html));
        var navigation = browser.SendAsync("Page.navigate", new { url = ReportUrl }, session, ct);
        var served = false;
        var loaded = false;
        while (!loaded)
        {
            var e = await browser.Events.ReadAsync(ct);
            if (e.SessionId != session)
            {
                continue;
            }

            switch (e.Method)
            {
                case "Fetch.requestPaused":
                    served |= Answer(browser, e, session!, body, served);
                    break;
                case "Page.loadEventFired":
                    loaded = served;
                    break;
            }
        }

        var navigated = await navigation;
        if (navigated.TryGetProperty("errorText", out var error) && !string.IsNullOrEmpty(error.GetString()))
        {
            throw new DevToolsException("The report did not load: " + error.GetString());
        }

        await EnsureStillTheReportAsync(browser, session!, ct);
        var pdf = await browser.SendAsync("Page.printToPDF", new
        {
            printBackground = true,
            preferCSSPageSize = true,
            displayHeaderFooter = false,
        }, session, ct);
        return Convert.FromBase64String(pdf.GetProperty("data").GetString() ?? "");
    }

    /// <summary>The report itself once, for the top document; nothing else. Returns whether this served the report.</summary>
    private static bool Answer(DevToolsPipe browser, DevToolsEvent paused, string session, string body, bool alreadyServed)
    {
        var requestId = paused.Params.GetProperty("requestId").GetString();
        var url = paused.Params.GetProperty("request").GetProperty("url").GetString();
        var document = paused.Params.GetProperty("resourceType").GetString() == "Document";
        if (document && !alreadyServed && url == ReportUrl)
        {
            browser.Post("Fetch.fulfillRequest", new
            {
                requestId,
                responseCode = 200,
                responseHeaders = new[]
                {
                    new { name = "Content-Type", value = "text/html; charset=utf-8" },
                    new { name = "Content-Security-Policy", value = ReportContentSecurity.Printing },
                    new { name = "Cache-Control", value = "no-store" },
                },
                body,
            }, session);
            return true;
        }

        if (document)
        {
            // 204: the navigation does not commit, the report stays the page's document (an error would replace it).
            browser.Post("Fetch.fulfillRequest", new { requestId, responseCode = 204, responseHeaders = Array.Empty<object>() }, session);
        }
        else
        {
            browser.Post("Fetch.failRequest", new { requestId, errorReason = "BlockedByClient" }, session);
        }

        return false;
    }

    private static async Task EnsureStillTheReportAsync(DevToolsPipe browser, string session, CancellationToken ct)
    {
        var tree = await browser.SendAsync("Page.getFrameTree", null, session, ct);
        var url = tree.GetProperty("frameTree").GetProperty("frame").GetProperty("url").GetString() ?? "";
        var withoutFragment = url.Split('#')[0];
        if (withoutFragment != ReportUrl)
        {
            throw new DevToolsException("The page left the report before printing (now at " + url + ").");
        }
    }
}
