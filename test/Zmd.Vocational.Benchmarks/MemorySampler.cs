using System.Diagnostics;

namespace Zmd.Vocational.Benchmarks;

/// <summary>Samples the process's working set and the managed heap on a timer while a step runs: the largest values
/// seen are the step's peaks (the OS's PeakWorkingSet64 counts since the process started, so it is reported too).</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private bool _stopped;

    public MemorySampler(TimeSpan interval)
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, interval, interval);
    }

    public long PeakWorkingSet { get; private set; }

    public long PeakManagedHeap { get; private set; }

    public long ProcessPeakWorkingSet
    {
        get
        {
            lock (_lock)
            {
                _process.Refresh();
                return _process.PeakWorkingSet64;
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Sample();
        lock (_lock)
        {
            // A timer callback may still be on its way: it finds the sampler stopped.
            _stopped = true;
            _process.Dispose();
        }
    }

    private void Sample()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            _process.Refresh();
            PeakWorkingSet = Math.Max(PeakWorkingSet, _process.WorkingSet64);
            PeakManagedHeap = Math.Max(PeakManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
        }
    }
}
