using System.Diagnostics;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests.Operations;

/// <summary>Runs the real `zmd` as a process over a test database (CliTests.ZmdStart), optionally with extra environment.</summary>
internal static class Zmd
{
    public sealed record Result(int ExitCode, string Out, string Err)
    {
        public override string ToString() => $"exit {ExitCode}\n{Out}\n{Err}";
    }

    public static async Task<Result> RunAsync(TestDatabase database, IDictionary<string, string>? environment, params string[] args)
    {
        var start = CliTests.ZmdStart(database, args);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static Task<Result> RunAsync(TestDatabase database, params string[] args) => RunAsync(database, null, args);
}
