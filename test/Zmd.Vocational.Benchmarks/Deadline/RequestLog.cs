using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Zmd.Vocational.Benchmarks.Deadline;

/// <summary>What a request of the deadline mix is, for the report: an HTML page, a JSON read (dashboard figures, lists),
/// an upload, or a workflow transition (submit, approve, unlock).</summary>
internal enum RequestKind
{
    Page,
    ApiRead,
    Upload,
    Transition,
}

/// <summary>Every request of every virtual user, by name: latency (request sent → last body byte), the status or the
/// exception, whether it was an error (a status other than the one the step expects, or no response). Thread-safe; the
/// users record while the run lasts, the report reads afterwards. Recording can be switched off for the warm-up.</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    /// <summary>The first few unexpected answers, whole, so an error can be read rather than guessed.</summary>
    public ConcurrentQueue<string> ErrorSamples { get; } = new();

    public void Add(RequestKind kind, string name, long ticks, string outcome, bool error, long bytes, string? detail = null)
    {
        if (!Recording)
        {
            return;
        }

        _series.GetOrAdd(name, n => new Series(kind, n)).Add(ticks, outcome, error, bytes);
        if (error && ErrorSamples.Count < 10)
        {
            ErrorSamples.Enqueue($"{name}: {outcome} {detail}");
        }
    }

    /// <summary>Sends a request and reads the response to its end, recording it; returns the status and body text when
    /// asked for (JSON lists the users act on), or null when the request failed without a response.</summary>
    public async Task<(HttpStatusCode Status, string? Body)?> SendAsync(HttpClient client, RequestKind kind, string name, Func<HttpRequestMessage> request,
        HttpStatusCode expected = HttpStatusCode.OK, bool keepBody = false)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var message = request();
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
            var body = await response.Content.ReadAsStringAsync();
            var ticks = Stopwatch.GetTimestamp() - start;
            var error = response.StatusCode != expected;
            Add(kind, name, ticks, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), error, body.Length,
                error ? body[..Math.Min(body.Length, 300)] : null);
            return (response.StatusCode, keepBody || error ? body : null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            Add(kind, name, Stopwatch.GetTimestamp() - start, ex.GetType().Name, true, 0, ex.Message);
            return null;
        }
    }

    public IReadOnlyList<(RequestKind Kind, LoadResult Result)> Results(double seconds) =>
        [.. _series.Values.OrderBy(s => s.Kind).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => (s.Kind, s.ToResult(seconds)))];

    /// <summary>Every request of one kind as one distribution.</summary>
    public LoadResult Pooled(RequestKind kind, double seconds)
    {
        var runs = _series.Values.Where(s => s.Kind == kind).Select(s => s.ToResult(seconds)).ToList();
        return runs.Count == 0 ? new LoadResult(kind.ToString(), "", 0, seconds, [], 0, 0, new Dictionary<string, int>()) : Sum(kind.ToString(), runs, seconds);
    }

    /// <summary>Every request of the run as one distribution.</summary>
    public LoadResult All(double seconds) => Sum("all requests", [.. _series.Values.Select(s => s.ToResult(seconds))], seconds);

    private static LoadResult Sum(string name, IReadOnlyList<LoadResult> runs, double seconds)
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in runs.SelectMany(r => r.Outcomes))
        {
            outcomes[key] = outcomes.GetValueOrDefault(key) + count;
        }

        return new LoadResult(name, "", 0, seconds, runs.SelectMany(r => r.Latencies), runs.Sum(r => r.Errors), runs.Sum(r => r.Bytes), outcomes);
    }

    private sealed class Series(RequestKind kind, string name)
    {
        private readonly Lock _lock = new();
        private readonly List<long> _latencies = new(1024);
        private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
        private int _errors;
        private long _bytes;

        public RequestKind Kind { get; } = kind;

        public string Name { get; } = name;

        public void Add(long ticks, string outcome, bool error, long bytes)
        {
            lock (_lock)
            {
                _latencies.Add(ticks);
                _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
                _errors += error ? 1 : 0;
                _bytes += bytes;
            }
        }

        public LoadResult ToResult(double seconds)
        {
            lock (_lock)
            {
                return new LoadResult(Name, "", 0, seconds, [.. _latencies], _errors, _bytes, new Dictionary<string, int>(_outcomes));
            }
        }
    }
}
