using System.Diagnostics;
using System.Net;

namespace Zmd.Vocational.Benchmarks;

/// <summary>Every request of one load run: its latency (Stopwatch ticks, from sending the request to the last byte of
/// the body), whether it failed (any status but 200, or no response at all), and the bytes read. Percentiles are
/// nearest-rank over all requests of all clients, so p95 is a latency 95% of the requests did not exceed.</summary>
internal sealed class LoadResult
{
    public LoadResult(string name, string url, int clients, double seconds, IEnumerable<long> latencies, int errors, long bytes,
        IReadOnlyDictionary<string, int> outcomes)
    {
        Name = name;
        Url = url;
        Clients = clients;
        Seconds = seconds;
        Latencies = [.. latencies.Order()];
        Errors = errors;
        Bytes = bytes;
        Outcomes = outcomes;
    }

    public string Name { get; }

    public string Url { get; }

    public int Clients { get; }

    public double Seconds { get; }

    /// <summary>Sorted ascending, in Stopwatch ticks.</summary>
    public long[] Latencies { get; }

    public int Errors { get; }

    public long Bytes { get; }

    /// <summary>How many responses had each status code ("200", "302", …) or exception type.</summary>
    public IReadOnlyDictionary<string, int> Outcomes { get; }

    public int Count => Latencies.Length;

    public double Throughput => Count / Seconds;

    public double MeanBytes => Count == 0 ? 0 : (double)Bytes / Count;

    public double MeanMs => Count == 0 ? double.NaN : Latencies.Average(t => Ms(t));

    public double MaxMs => Count == 0 ? double.NaN : Ms(Latencies[^1]);

    /// <summary>The nearest-rank percentile in milliseconds (p in 0…100).</summary>
    public double Percentile(double p)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * Count);
        return Ms(Latencies[Math.Clamp(rank - 1, 0, Count - 1)]);
    }

    /// <summary>Several runs of the same URL as one distribution (the runs of the rounds, which spread the machine's
    /// changing background load over all the URLs alike).</summary>
    public static LoadResult Pool(string name, IEnumerable<LoadResult> runs)
    {
        var all = runs.ToList();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in all.SelectMany(r => r.Outcomes))
        {
            outcomes[key] = outcomes.GetValueOrDefault(key) + count;
        }

        return new LoadResult(name, all[0].Url, all[0].Clients, all.Sum(r => r.Seconds), all.SelectMany(r => r.Latencies), all.Sum(r => r.Errors),
            all.Sum(r => r.Bytes), outcomes);
    }

    public static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

/// <summary>Closed-loop HTTP clients: each client sends its next request as soon as the previous response has been read
/// to the end, with no pause, for a fixed time. That is the strictest reading of "N concurrent clients": N requests are
/// always in flight. Each client is its own HttpClient (own handler, own cookie, one kept-alive connection), so the
/// server sees N separate signed-in users.</summary>
internal static class LoadClient
{
    private const int BufferSize = 64 * 1024;

    public static async Task<LoadResult> RunAsync(string name, IReadOnlyList<HttpClient> clients, string url, TimeSpan duration)
    {
        var start = Stopwatch.GetTimestamp();
        var deadline = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var runs = await Task.WhenAll(clients.Select(c => Task.Run(() => LoopAsync(c, url, deadline))));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            foreach (var (key, count) in run.Outcomes)
            {
                outcomes[key] = outcomes.GetValueOrDefault(key) + count;
            }
        }

        return new LoadResult(name, url, clients.Count, seconds, runs.SelectMany(r => r.Latencies), runs.Sum(r => r.Errors), runs.Sum(r => r.Bytes), outcomes);
    }

    /// <summary>One request, its body read to the end: the latency in ticks, the status (0 when it threw) and the bytes.</summary>
    public static async Task<(long Ticks, HttpStatusCode Status, long Bytes)> GetAsync(HttpClient client, string url, byte[]? buffer = null)
    {
        buffer ??= new byte[BufferSize];
        var start = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        long bytes = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
        }

        return (Stopwatch.GetTimestamp() - start, response.StatusCode, bytes);
    }

    private static async Task<ClientRun> LoopAsync(HttpClient client, string url, long deadline)
    {
        var run = new ClientRun();
        var buffer = new byte[BufferSize];
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                var (ticks, status, bytes) = await GetAsync(client, url, buffer);
                run.Add(ticks, ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), status != HttpStatusCode.OK, bytes);
            }
            catch (HttpRequestException ex)
            {
                // A refused or broken connection is an error of the run, timed like any other request.
                run.Add(Stopwatch.GetTimestamp() - start, ex.GetType().Name, true, 0);
            }
            catch (TaskCanceledException ex)
            {
                run.Add(Stopwatch.GetTimestamp() - start, ex.GetType().Name, true, 0);
            }
        }

        return run;
    }

    private sealed class ClientRun
    {
        public List<long> Latencies { get; } = new(4096);

        public Dictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

        public int Errors { get; private set; }

        public long Bytes { get; private set; }

        public void Add(long ticks, string outcome, bool error, long bytes)
        {
            Latencies.Add(ticks);
            Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
            Errors += error ? 1 : 0;
            Bytes += bytes;
        }
    }
}
