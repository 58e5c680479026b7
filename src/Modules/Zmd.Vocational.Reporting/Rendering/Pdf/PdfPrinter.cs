using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Rendering.Pdf;

/// <summary>Prints a rendered HTML report to PDF.</summary>
internal interface IPdfPrinter
{
    /// <summary>Whether printing can work here (Chromium found).</summary>
    bool IsAvailable { get; }

    /// <summary>The PDF of a self-contained HTML document. Throws Reporting:PdfUnavailable when Chromium is missing and
    /// Reporting:PdfFailed when it fails or exceeds the time limit.</summary>
    Task<byte[]> PrintAsync(string html, CancellationToken ct);
}

/// <summary>Headless Chromium's own print (the same engine that lays out the A4 CSS in the browser), driven over the
/// DevTools protocol on a pipe: the report is printed in a page that can load nothing but the report's own bytes
/// (<see cref="ReportOnlyPrint"/>); the HTML never touches the disk, so the page has no file origin. One browser per
/// print, with a throw-away profile, no network (unresolvable host names, a proxy that does not exist), bounded by a
/// timeout after which the process tree is killed. Configuration: Reporting:ChromiumPath (default: /usr/bin/chromium,
/// else chromium-browser or google-chrome on the PATH), Reporting:PdfTimeoutSeconds (default 60).</summary>
internal sealed class ChromiumPdfPrinter(IConfiguration configuration) : IPdfPrinter
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>Chromium reads DevTools commands from descriptor 3 and writes to 4; .NET hands a child only 0–2, so a
    /// shell moves our pipes there and points the browser's own standard input and output at /dev/null.</summary>
    private const string PipeLauncher = "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>/dev/null";

    private string? Executable
    {
        get
        {
            var configured = configuration["Reporting:ChromiumPath"];
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return File.Exists(configured) ? configured : null;
            }

            return Candidates.FirstOrDefault(File.Exists);
        }
    }

    private TimeSpan Timeout =>
        TimeSpan.FromSeconds(int.TryParse(configuration["Reporting:PdfTimeoutSeconds"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 60);

    public bool IsAvailable => Executable is not null;

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var executable = Executable ?? throw new BusinessException(TemplateErrorCodes.PdfUnavailable, ErrorKind.Conflict,
            new Dictionary<string, object?> { ["path"] = configuration["Reporting:ChromiumPath"] ?? Candidates[0] });

        var profile = Directory.CreateTempSubdirectory("zmd-pdf-");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        Process? process = null;
        try
        {
            process = Process.Start(StartInfo(executable, profile.FullName)) ?? throw Failed("Chromium did not start.");
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            var browser = new DevToolsPipe(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
            try
            {
                var pdf = await ReportOnlyPrint.PrintAsync(browser, html, timeout.Token);
                await CloseAsync(browser, process);
                return pdf;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw Failed($"Chromium did not finish printing within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
            }
            catch (DevToolsException e)
            {
                Kill(process);
                throw Failed(e.Message + " " + await TailAsync(stderr));
            }
            finally
            {
                // Killed before the pipe is let go: its reader ends when the browser's end of the pipe closes.
                Kill(process);
                await browser.DisposeAsync();
            }
        }
        finally
        {
            process?.Dispose();
            Delete(profile);
        }
    }

    private static ProcessStartInfo StartInfo(string executable, string profile)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = profile,
        };
        foreach (var arg in new[]
                 {
                     "-c", PipeLauncher, executable,
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-default-browser-check",
                     // Belt and braces under the request interception: no name resolves, and whatever still went to the
                     // network would go to a proxy on the discard port that does not listen, loopback included.
                     "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                     "--remote-debugging-pipe", "--user-data-dir=" + Path.Combine(profile, "profile"), "about:blank",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Asks the browser to quit and gives it a moment; the finally block kills what is left.</summary>
    private static async Task CloseAsync(DevToolsPipe browser, Process process)
    {
        try
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await browser.SendAsync("Browser.close", ct: grace.Token);
            await process.WaitForExitAsync(grace.Token);
        }
        catch (Exception e) when (e is DevToolsException or OperationCanceledException)
        {
            // Closing answers by closing the pipe, which may come before the answer.
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    private static void Delete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A Chromium helper may still hold a file for a moment; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static BusinessException Failed(string message) =>
        new(TemplateErrorCodes.PdfFailed, ErrorKind.Conflict, new Dictionary<string, object?> { ["message"] = message });

    private static async Task<string> TailAsync(Task<string> stderr)
    {
        try
        {
            var text = await stderr.WaitAsync(TimeSpan.FromSeconds(5));
            return text.Length <= 500 ? text.Trim() : text[^500..].Trim();
        }
        catch (TimeoutException)
        {
            return "";
        }
    }
}
