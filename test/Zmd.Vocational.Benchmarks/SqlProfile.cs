using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zmd.Vocational.Benchmarks;

/// <summary>What the database costs the pages, seen from inside the process: every EF Core command of the web host
/// (which runs in this process) through EF's DiagnosticListener, so the application is profiled without changing it.
/// A query's time is its execution plus the time its reader was open (reading and materialising the rows); a connection
/// open is counted as a statement of its own. Each load run hits one URL only, so what is recorded between
/// <see cref="Start"/> and <see cref="Stop"/> belongs to that run's requests.</summary>
internal sealed class SqlProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string ConnectionOpen = "(connection open)";

    private static readonly string Executed = RelationalEventId.CommandExecuted.Name ?? "";
    private static readonly string ReaderDisposing = RelationalEventId.DataReaderDisposing.Name ?? "";
    private static readonly string Opened = RelationalEventId.ConnectionOpened.Name ?? "";

    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Lock _lock = new();
    private ConcurrentDictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private volatile bool _recording;

    public SqlProfile() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>Forgets what was recorded and starts recording.</summary>
    public void Start()
    {
        _statements = new ConcurrentDictionary<string, Statement>(StringComparer.Ordinal);
        _recording = true;
    }

    /// <summary>Stops recording and returns the statements seen since <see cref="Start"/>, costliest first.</summary>
    public SqlSnapshot Stop()
    {
        _recording = false;
        return new SqlSnapshot([.. _statements.Select(s => s.Value.Freeze(s.Key)).OrderByDescending(s => s.TotalMs)]);
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_lock)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == Executed || name == ReaderDisposing || name == Opened));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (!_recording)
        {
            return;
        }

        switch (value.Value)
        {
            case CommandExecutedEventData executed:
                // A reader's time goes on until it is disposed: that part arrives with DataReaderDisposing.
                var statement = Of(executed.Command.CommandText);
                statement.Add(executed.Duration, count: 1);
                statement.Sample(executed.Command);
                break;
            case DataReaderDisposingEventData disposing:
                Of(disposing.Command.CommandText).Add(disposing.Duration, count: 0);
                break;
            case ConnectionEndEventData opened when value.Key == Opened:
                Of(ConnectionOpen).Add(opened.Duration, count: 1);
                break;
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_lock)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }

    private Statement Of(string text) => _statements.GetOrAdd(text, _ => new Statement());

    /// <summary>Counters of one statement text, updated from many threads, and the parameters of its first execution (so
    /// that its plan can be asked for with real values).</summary>
    private sealed class Statement
    {
        private long _count;
        private long _ticks;
        private IReadOnlyList<SampleParameter>? _parameters;

        public void Add(TimeSpan duration, int count)
        {
            Interlocked.Add(ref _count, count);
            Interlocked.Add(ref _ticks, duration.Ticks);
        }

        public void Sample(DbCommand command)
        {
            if (_parameters is null)
            {
                _parameters = [.. command.Parameters.Cast<DbParameter>().Select(p => new SampleParameter(p.ParameterName, p.Value, p.DbType,
                    (p as Npgsql.NpgsqlParameter)?.NpgsqlDbType))];
            }
        }

        public StatementCost Freeze(string text) =>
            new(text, Interlocked.Read(ref _count), TimeSpan.FromTicks(Interlocked.Read(ref _ticks)).TotalMilliseconds, _parameters ?? []);
    }
}

/// <summary>A parameter as EF Core sent it.</summary>
internal sealed record SampleParameter(string Name, object? Value, DbType DbType, NpgsqlTypes.NpgsqlDbType? NpgsqlDbType);

/// <summary>One statement text: how often it ran, its summed time, and the parameters of its first execution.</summary>
internal sealed record StatementCost(string Text, long Count, double TotalMs, IReadOnlyList<SampleParameter> Parameters)
{
    /// <summary>The statement on one line, cut to <paramref name="width"/> characters.</summary>
    public string Short(int width)
    {
        var line = string.Join(' ', Text.Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= width ? line : line[..(width - 1)] + "…";
    }
}

/// <summary>The statements of one run.</summary>
internal sealed record SqlSnapshot(IReadOnlyList<StatementCost> Statements)
{
    public long Commands => Statements.Sum(s => s.Count);

    public double TotalMs => Statements.Sum(s => s.TotalMs);

    /// <summary>The statements of several runs added up by text, costliest first.</summary>
    public static SqlSnapshot Merge(IEnumerable<SqlSnapshot> snapshots) =>
        new([.. snapshots.SelectMany(s => s.Statements)
            .GroupBy(s => s.Text, StringComparer.Ordinal)
            .Select(g => new StatementCost(g.Key, g.Sum(s => s.Count), g.Sum(s => s.TotalMs), g.First().Parameters))
            .OrderByDescending(s => s.TotalMs)]);
}
