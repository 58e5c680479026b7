using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>Prints a rendered HTML report to PDF.</summary>
internal interface IPdfPrinter
{
    /// <summary>Whether printing can work here (Chromium found).</summary>
    bool IsAvailable { get; }

    /// <summary>The PDF of a self-contained HTML document. Throws Reporting:PdfUnavailable when Chromium is missing and
    /// Reporting:PdfFailed when it fails or exceeds the time limit.</summary>
    Task<byte[]> PrintAsync(string html, CancellationToken ct);
}

/// <summary>Headless Chromium's own print (the same engine that lays out the A4 CSS in the browser): the HTML goes to a
/// private temporary folder, Chromium prints it with no header or footer of its own and no network, bounded by a
/// timeout after which the process tree is killed. Configuration: Reporting:ChromiumPath (default: /usr/bin/chromium,
/// else chromium-browser or google-chrome on the PATH), Reporting:PdfTimeoutSeconds (default 60).</summary>
internal sealed class ChromiumPdfPrinter(IConfiguration configuration) : IPdfPrinter
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

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

        var folder = Directory.CreateTempSubdirectory("zmd-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.html");
            var output = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(input, html, ct);
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
                WorkingDirectory = folder.FullName,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                         "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND", "--no-pdf-header-footer",
                         "--print-to-pdf-no-header", "--user-data-dir=" + Path.Combine(folder.FullName, "profile"),
                         "--print-to-pdf=" + output, new Uri(input).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw Failed("Chromium did not start.");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                throw Failed($"Chromium did not finish printing within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
            }

            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                var error = await stderr;
                throw Failed($"Chromium exited with code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {Last(error)}");
            }

            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
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
    }

    private static BusinessException Failed(string message) =>
        new(TemplateErrorCodes.PdfFailed, ErrorKind.Conflict, new Dictionary<string, object?> { ["message"] = message });

    private static string Last(string text) => text.Length <= 500 ? text.Trim() : text[^500..].Trim();
}
