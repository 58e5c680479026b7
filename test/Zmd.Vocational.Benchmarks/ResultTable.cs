using System.Diagnostics;

namespace Zmd.Vocational.Benchmarks;

/// <summary>The measured steps, printed as one table. A step may have a known cost of producing its input taken out
/// (<c>subtract</c>), so a baseline's rate is that of the database work alone: the stricter comparison for the import.</summary>
internal sealed class ResultTable
{
    private readonly List<(string Step, long Rows, double Seconds, double Subtracted)> _rows = [];

    public void Add(string step, long rows, double seconds, double subtracted = 0) => _rows.Add((step, rows, seconds, subtracted));

    public void Time(string step, long rows, Action action, double subtract = 0)
    {
        Console.Error.WriteLine($"… {step}");
        var watch = Stopwatch.StartNew();
        action();
        Add(step, rows, watch.Elapsed.TotalSeconds, subtract);
    }

    public async Task TimeAsync(string step, long rows, Func<Task> action, double subtract = 0)
    {
        Console.Error.WriteLine($"… {step}");
        var watch = Stopwatch.StartNew();
        await action();
        Add(step, rows, watch.Elapsed.TotalSeconds, subtract);
    }

    /// <summary>Seconds of the first step whose name starts with <paramref name="prefix"/>, less what was subtracted.</summary>
    public double Seconds(string prefix)
    {
        var row = _rows.First(r => r.Step.StartsWith(prefix, StringComparison.Ordinal));
        return row.Seconds - row.Subtracted;
    }

    public double Rate(string prefix) => _rows.First(r => r.Step.StartsWith(prefix, StringComparison.Ordinal)).Rows / Seconds(prefix);

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"{"step",-64} {"rows",10} {"seconds",9} {"rows/s",10}");
        Console.WriteLine(new string('-', 96));
        foreach (var (step, rows, seconds, subtracted) in _rows)
        {
            var net = seconds - subtracted;
            var note = subtracted > 0 ? $"   ({seconds:0.00} s with {subtracted:0.00} s of row production taken out)" : "";
            Console.WriteLine($"{step,-64} {rows,10:N0} {net,9:0.00} {rows / net,10:N0}{note}");
        }
    }
}

/// <summary>The command line: --rows, --provider, --xlsx-rows, --ef-rows.</summary>
internal sealed record BenchOptions(int Rows, string Provider, int XlsxRows, int EfRows)
{
    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(1_000_000, "sqlite", 100_000, 100_000);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            options = (args[i], value) switch
            {
                ("--rows", { } v) when int.TryParse(v, out var n) && n > 0 => options with { Rows = n },
                ("--provider", "sqlite" or "postgresql") => options with { Provider = value! },
                ("--xlsx-rows", { } v) when int.TryParse(v, out var n) && n is > 0 and < 1_048_576 => options with { XlsxRows = n },
                ("--ef-rows", { } v) when int.TryParse(v, out var n) && n > 0 => options with { EfRows = n },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }

            i++;
        }

        return options;
    }
}
