using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.FaultTests;

/// <summary>The real web host as a child process (`dotnet Zmd.Vocational.Web.dll`) over a given database, with the same
/// settings TestApp gives an in-process host, so a test can SIGKILL it and start it again on the same database.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly ProcessOutput _output;

    private AppProcess(Process process, ProcessOutput output, Uri address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Everything the host wrote so far (stdout and stderr), for failure messages.</summary>
    public string Output => _output.Text;

    public static string WebDll => Path.Combine(RepositoryPaths.Root, "src", "Zmd.Vocational.Web", "bin", BuildConfiguration, "net10.0", "Zmd.Vocational.Web.dll");

    /// <summary>Debug or Release: the folder above this test binary's net10.0 folder.</summary>
    public static string BuildConfiguration => Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;

    /// <summary>Starts the host and waits until /health answers. <paramref name="pauseAt"/> sets Diagnostics:PauseAt;
    /// <paramref name="settings"/> come last and override the others.</summary>
    public static async Task<AppProcess> StartAsync(TestDatabase database, string? pauseAt = null, IDictionary<string, string>? settings = null)
    {
        File.Exists(WebDll).ShouldBeTrue($"the web host is not built at {WebDll}");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
                 {
                     WebDll,
                     "--urls", $"http://127.0.0.1:{port}",
                     "--contentRoot", RepositoryPaths.WebProject,
                     "--environment", "Testing",
                     "--Database:Provider", database.Provider,
                     "--ConnectionStrings:Default", database.ConnectionString,
                     "--Seeding:Demo", "true",
                     "--Seeding:DemoFilings", "false",
                     "--Logging:LogLevel:Default", "Warning",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        if (pauseAt is not null)
        {
            start.ArgumentList.Add("--Diagnostics:PauseAt");
            start.ArgumentList.Add(pauseAt);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add("--" + key);
            start.ArgumentList.Add(value);
        }

        var process = Process.Start(start)!;
        var app = new AppProcess(process, ProcessOutput.Follow(process), new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await app.WaitUntilHealthyAsync(StartTimeout);
            return app;
        }
        catch
        {
            // A host that never became healthy is not left running behind the failed test.
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Polls GET /health until it answers 200, or fails with the host's output.</summary>
    public async Task<TimeSpan> WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited ({_process.ExitCode}):\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return watch.Elapsed;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or the database is not answering yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"/health did not become healthy within {timeout}:\n{Output}");
    }

    /// <summary>Waits until the host writes the line of the fault point it stopped at.</summary>
    public Task WaitForFaultPointAsync(string point) =>
        _output.WaitForLineAsync(line => line.Contains("FAULT-POINT " + point + " reached", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

    /// <summary>A client with its own cookie jar; redirects are not followed.</summary>
    public HttpClient CreateClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(100),
        };

    /// <summary>Signs in through the real login endpoint and returns a client carrying the auth cookie.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password = TestApp.DemoPassword)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
        response.IsSuccessStatusCode.ShouldBeTrue($"login of {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>SIGKILL, no shutdown of any kind: what a power cut or the OOM killer does to the process.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A child process's stdout and stderr, line by line, kept and awaitable.</summary>
internal sealed class ProcessOutput
{
    private readonly StringBuilder _text = new();
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public static ProcessOutput Follow(Process process)
    {
        var output = new ProcessOutput();
        _ = output.PumpAsync(process.StandardOutput);
        _ = output.PumpAsync(process.StandardError);
        return output;
    }

    /// <summary>Completes when a line (already written or still to come) matches; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        lock (_seen)
        {
            if (_seen.Any(match))
            {
                return;
            }
        }

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (await _lines.Reader.WaitToReadAsync(cts.Token))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    if (match(line))
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below with the output.
        }

        throw new TimeoutException($"the expected line did not come within {timeout}:\n{Text}");
    }

    /// <summary>Lines split at \n and at \r (the CLI's progress bar rewrites one line with \r).</summary>
    private async Task PumpAsync(StreamReader reader)
    {
        var buffer = new char[4096];
        var line = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (_text)
            {
                _text.Append(buffer, 0, read);
            }

            for (var i = 0; i < read; i++)
            {
                if (buffer[i] is '\n' or '\r')
                {
                    Publish(line.ToString());
                    line.Clear();
                }
                else
                {
                    line.Append(buffer[i]);
                }
            }
        }

        Publish(line.ToString());
    }

    private void Publish(string line)
    {
        lock (_seen)
        {
            _seen.Add(line);
        }

        _lines.Writer.TryWrite(line);
    }
}
