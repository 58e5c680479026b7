using Microsoft.Extensions.Configuration;

namespace Zmd.Vocational.Core.Diagnostics;

/// <summary>Named places inside units of work where the fault tests freeze the process, so they can kill it at exactly
/// that moment (after a transaction's writes, before its commit) and check that nothing half-written survives a restart.
/// Off unless <c>Diagnostics:PauseAt</c> names a point; a testing facility that must never be set in production.
/// An in-process test host may instead be given a <paramref name="hold"/>: every point reached is awaited through it, so
/// that a race test can keep one request at a point while another runs, and then let it go on (TestKit's FaultPointGate).</summary>
public sealed class FaultPoints(string? pauseAt, Func<string, Task>? hold = null)
{
    public const string SettingKey = "Diagnostics:PauseAt";

    /// <summary>The line written to stderr when the process stops at a point; the tests wait for it.</summary>
    public const string MarkerPrefix = "FAULT-POINT ";

    public static FaultPoints Off { get; } = new(null);

    public static FaultPoints From(IConfiguration configuration) =>
        new(string.IsNullOrWhiteSpace(configuration[SettingKey]) ? null : configuration[SettingKey]!.Trim());

    /// <summary>The point just before a named unit of work commits its transaction.</summary>
    public static string BeforeCommit(string unitOfWork) => unitOfWork + ".before-commit";

    /// <summary>The point just before a named unit of work begins its transaction: whatever it prepared outside (a report
    /// rendered, a file read) is ready, and nothing of it is locked or written yet.</summary>
    public static string BeforeBegin(string unitOfWork) => unitOfWork + ".before-begin";

    /// <summary>Does nothing unless <paramref name="name"/> is the configured point; then says so and blocks this thread
    /// for good, holding the open transaction, until the process is killed.</summary>
    public void Reach(string name)
    {
        if (pauseAt is null || !string.Equals(pauseAt, name, StringComparison.Ordinal))
        {
            return;
        }

        Console.Error.WriteLine(MarkerPrefix + name + " reached");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }

    /// <summary><see cref="Reach"/>, then waits for the in-process hold, if there is one, to let this point go.</summary>
    public Task ReachAsync(string name)
    {
        Reach(name);
        return hold?.Invoke(name) ?? Task.CompletedTask;
    }
}
