using System.Globalization;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Reporting;

/// <summary>The PDF printer reads nothing but the report (SQLite and PostgreSQL): an admin's template override that
/// loads the server's files, a directory listing and the app's own health endpoint, in every form HTML has for it,
/// prints none of them, and the browser never calls the app; the report's own text is printed.</summary>
public sealed class PdfIsolationTests : IAsyncLifetime
{
    private const string Template = "/api/reports/templates/target-brief.html";
    private const string Marker = "报告正文对照标记";

    private readonly RequestRecorder _requests = new();
    private readonly DirectoryInfo _secrets = Directory.CreateTempSubdirectory("zmd-pdf-secrets-");
    private readonly string _secret = "zmd-secret-" + Guid.NewGuid().ToString("N");
    private readonly string _listed = "zmd-listed-" + Guid.NewGuid().ToString("N");
    private TestApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        // A file and a folder of our own, so "not printed" is checked against text that is certainly there to print.
        await File.WriteAllTextAsync(Path.Combine(_secrets.FullName, "secret.txt"), _secret);
        await File.WriteAllTextAsync(Path.Combine(_secrets.FullName, _listed), "x");
        _app = await TestApp.StartAsync(services: RequestRecorder.Register(_requests));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _secrets.Delete(recursive: true);
    }

    [Fact]
    public async Task A_template_that_loads_files_folders_and_the_app_itself_prints_none_of_them_and_the_report_still_prints()
    {
        File.Exists("/usr/bin/chromium").ShouldBeTrue("Chromium must be installed at /usr/bin/chromium: run test/prepare-machine.sh");
        using var admin = await _app.LoginAsync("admin");
        var file = await admin.GetJsonAsync<ReportTemplateDetailDto>(Template);
        var hostile = Hostile(_app.Address.Port, new Uri(Path.Combine(_secrets.FullName, "secret.txt")).AbsoluteUri,
            new Uri(_secrets.FullName + "/").AbsoluteUri);
        var saved = await admin.PutJsonAsync(Template, new { text = hostile + $"<p>{Marker} {{{{ report.title }}}}</p>\n" + file.FileText });
        saved.EnsureSuccessStatusCode();

        var edition = await (await admin.PostJsonAsync("/api/reports", new { template = ReportTemplates.Brief, year = 2025 })).ReadAsync<EditionDto>();
        var before = _requests.Requests.Count;
        var response = await admin.GetAsync($"/api/reports/{edition.Id}/download?format=pdf");
        response.EnsureSuccessStatusCode();
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync());

        text.ShouldContain(Marker, Case.Sensitive, "the report itself is printed");
        text.ShouldContain("目标进展简报");
        text.ShouldNotContain(_secret, Case.Sensitive, "a file the template points at is not printed");
        text.ShouldNotContain(_listed, Case.Sensitive, "a folder's listing is not printed");
        text.ShouldNotContain("root:x:0:0", Case.Sensitive, "/etc/passwd is not printed");
        text.ShouldNotContain("Index of", Case.Insensitive, "no directory listing (/root/) is printed");
        text.ShouldNotContain("Healthy", Case.Insensitive, "the app's /health answer is not printed");
        text.ShouldNotContain("\"checks\"", Case.Insensitive);

        var during = _requests.Requests.Skip(before).ToList();
        during.Select(r => r.PathAndQuery).ShouldBe([$"/api/reports/{edition.Id}/download?format=pdf"], "the printing browser sent the app no request");
        _requests.Requests.ShouldNotContain(r => r.PathAndQuery.StartsWith("/health", StringComparison.Ordinal));
        _requests.Requests.ShouldNotContain(r => r.UserAgent.Contains("Chrome", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every way a page loads or opens another address: frames (also nested in srcdoc), objects, embeds, images,
    /// stylesheets, CSS url() and @import, prefetch, scripts (fetch, XHR, WebSocket, location), a meta refresh.</summary>
    private static string Hostile(int port, string secretFile, string folder)
    {
        var health = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/health");
        string[] targets = ["file:///etc/passwd", "file:///root/", secretFile, folder, health];
        var html = new System.Text.StringBuilder();
        foreach (var (target, i) in targets.Select((t, i) => (t, i)))
        {
            html.Append(CultureInfo.InvariantCulture, $$"""
                <iframe src="{{target}}" width="600" height="300"></iframe>
                <object data="{{target}}" type="text/plain" width="600" height="300"></object>
                <object data="{{target}}" width="600" height="300"></object>
                <embed src="{{target}}" type="text/plain" width="600" height="300">
                <img src="{{target}}" alt="img{{i}}">
                <link rel="stylesheet" href="{{target}}"><link rel="prefetch" href="{{target}}"><link rel="preload" as="fetch" href="{{target}}">
                <script src="{{target}}"></script>
                <style>@import url("{{target}}"); .h{{i}} { background: url("{{target}}");} .h{{i}}::after { content: url("{{target}}");}</style>
                <div class="h{{i}}">.</div>
                <script>fetch("{{target}}").then(r => r.text()).then(t => document.body.insertAdjacentText("beforeend", t));
                var x{{i}} = new XMLHttpRequest(); x{{i}}.open("GET", "{{target}}", false); x{{i}}.send(); document.write(x{{i}}.responseText);</script>

                """);
        }

        html.Append(CultureInfo.InvariantCulture, $$"""
            <iframe srcdoc="<iframe src='file:///etc/passwd' width=600 height=300></iframe><iframe src='{{health}}'></iframe>" width="700" height="400"></iframe>
            <script>new WebSocket("ws://127.0.0.1:{{port}}/health"); window.open("file:///etc/passwd"); window.location = "file:///etc/passwd";</script>
            <meta http-equiv="refresh" content="0;url={{health}}">

            """);
        return html.ToString();
    }
}
