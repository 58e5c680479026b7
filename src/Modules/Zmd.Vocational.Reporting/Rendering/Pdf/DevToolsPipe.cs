using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;

namespace Zmd.Vocational.Reporting.Rendering.Pdf;

/// <summary>An event Chromium sent: its method, parameters and the target session it came from.</summary>
internal sealed record DevToolsEvent(string Method, JsonElement Params, string? SessionId);

/// <summary>An error Chromium answered a command with.</summary>
internal sealed class DevToolsException(string message) : Exception(message);

/// <summary>The Chrome DevTools Protocol over <c>--remote-debugging-pipe</c>: JSON messages separated by NUL bytes,
/// commands answered by their id, events queued for the caller to read in order. A pipe rather than a debugging port,
/// so no other process on the machine (nor the printed page itself) can reach the browser while it prints.</summary>
internal sealed class DevToolsPipe : IAsyncDisposable
{
    private readonly Stream _toBrowser;
    private readonly Stream _fromBrowser;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Channel<DevToolsEvent> _events = Channel.CreateUnbounded<DevToolsEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private int _nextId;

    public DevToolsPipe(Stream toBrowser, Stream fromBrowser)
    {
        _toBrowser = toBrowser;
        _fromBrowser = fromBrowser;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Events in the order Chromium sent them; completed when the pipe closes.</summary>
    public ChannelReader<DevToolsEvent> Events => _events.Reader;

    /// <summary>Sends a command and waits for its answer (the <c>result</c> object).</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null, string? sessionId = null, CancellationToken ct = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        try
        {
            var message = JsonSerializer.SerializeToUtf8Bytes(new Command(id, method, parameters ?? new { }, sessionId), CommandJson);
            await _writeLock.WaitAsync(ct);
            try
            {
                await _toBrowser.WriteAsync(message, ct);
                await _toBrowser.WriteAsync(Separator, ct);
                await _toBrowser.FlushAsync(ct);
            }
            catch (IOException e)
            {
                // The browser is gone (it exited, or was killed): the same answer as a pipe closed while reading.
                throw new DevToolsException("Chromium closed the DevTools pipe. " + e.Message);
            }
            finally
            {
                _writeLock.Release();
            }

            return await answer.Task.WaitAsync(ct);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Sends a command whose answer does not matter (e.g. to let a paused request go on: the request may have
    /// been cancelled by the page meanwhile, which Chromium answers with an error).</summary>
    public void Post(string method, object parameters, string? sessionId) =>
        _ = SendAsync(method, parameters, sessionId, _stop.Token).ContinueWith(t => _ = t.Exception, TaskScheduler.Default);

    private async Task ReadLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var chunk = new byte[64 * 1024];
        Exception? closed = null;
        try
        {
            while (true)
            {
                var read = await _fromBrowser.ReadAsync(chunk, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                var span = chunk.AsSpan(0, read);
                int end;
                while ((end = span.IndexOf((byte)0)) >= 0)
                {
                    buffer.Write(span[..end]);
                    Dispatch(buffer.WrittenSpan);
                    buffer.Clear();
                    span = span[(end + 1)..];
                }

                buffer.Write(span);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or JsonException)
        {
            closed = e;
        }

        var error = new DevToolsException("Chromium closed the DevTools pipe." + (closed is null ? "" : " " + closed.Message));
        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(error);
        }

        _events.Writer.TryComplete();
    }

    private void Dispatch(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        var sessionId = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (_pending.TryGetValue(idElement.GetInt32(), out var answer))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    answer.TrySetException(new DevToolsException(error.GetRawText()));
                }
                else
                {
                    answer.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }
            }

            return;
        }

        if (root.TryGetProperty("method", out var method))
        {
            var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
            _events.Writer.TryWrite(new DevToolsEvent(method.GetString() ?? "", parameters, sessionId));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _writeLock.Dispose();
    }

    private static readonly byte[] Separator = [0];

    private static readonly JsonSerializerOptions CommandJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record Command(int Id, string Method, object Params, string? SessionId);
}
