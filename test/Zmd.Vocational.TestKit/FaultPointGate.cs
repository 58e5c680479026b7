using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Diagnostics;

namespace Zmd.Vocational.TestKit;

/// <summary>Holds a request of the in-process test host at a named fault point (<see cref="FaultPoints"/>: every unit of
/// work has <c>&lt;name&gt;.before-begin</c> and <c>&lt;name&gt;.before-commit</c>) until the test lets it go, so that a
/// race test puts another request exactly into the window it means, without sleeping and whatever the machine's speed.
/// <code>
/// var gate = new FaultPointGate(); await TestApp.StartAsync(services: gate.Register);
/// using var held = gate.HoldAt("reporting.narrative.before-begin");
/// var saving = client.PutAsync(…);
/// await held.ReachedBy(saving);   // the save is at the point now
/// … publish …
/// held.Release(); var response = await saving;
/// </code>
/// Only the first request to reach an armed point is held; every other passes through.</summary>
public sealed class FaultPointGate
{
    private readonly ConcurrentDictionary<string, Hold> _armed = new(StringComparer.Ordinal);

    public void Register(IServiceCollection services) => services.AddSingleton(new FaultPoints(null, ArriveAsync));

    /// <summary>Arms <paramref name="point"/>; disposing the hold releases it (a failed test leaves no request hanging).</summary>
    public Hold HoldAt(string point)
    {
        var hold = new Hold(point);
        if (!_armed.TryAdd(point, hold))
        {
            throw new InvalidOperationException($"{point} is armed already.");
        }

        return hold;
    }

    private Task ArriveAsync(string point) => _armed.TryRemove(point, out var hold) ? hold.Arrive() : Task.CompletedTask;

    public sealed class Hold : IDisposable
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Hold(string point) => Point = point;

        public string Point { get; }

        /// <summary>Waits until a request is held at the point; fails if <paramref name="request"/> ends first (it was
        /// answered before it got there, e.g. refused by an earlier check).</summary>
        public async Task ReachedBy(Task request)
        {
            if (await Task.WhenAny(_reached.Task, request) != _reached.Task)
            {
                throw new InvalidOperationException($"The request ended before it reached {Point}.");
            }
        }

        public void Release() => _released.TrySetResult();

        public void Dispose() => Release();

        internal Task Arrive()
        {
            _reached.TrySetResult();
            return _released.Task;
        }
    }
}
