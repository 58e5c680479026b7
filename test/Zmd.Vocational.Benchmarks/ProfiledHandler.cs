using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Benchmarks;

/// <summary>Where an import's time goes, seen from the dataset handler (the only seam the benchmark may use: the Filing
/// pipeline is internal). The engine calls ValidateRow once per row during its checking pass, then ReplaceAsync, which
/// pulls the rows of its second, storing pass, then, after recording the filing, CrossSchoolClashesAsync for the
/// cross-school check; what follows until ImportAsync returns is recording the findings and the commit. Two timestamps per row cost well under 1% of a row.</summary>
internal sealed class PhaseClock
{
    public long ImportStart { get; set; }
    public long FirstValidate { get; private set; }
    public long LastValidate { get; private set; }
    public long ValidateTicks { get; private set; }
    public long LookupTicks { get; private set; }
    public int Lookups { get; private set; }
    public long ReplaceStart { get; private set; }
    public long ReplaceEnd { get; private set; }
    public long SourceTicks { get; private set; }
    public long ImportEnd { get; set; }

    public void Reset()
    {
        ImportStart = FirstValidate = LastValidate = ValidateTicks = LookupTicks = ReplaceStart = ReplaceEnd = SourceTicks = ImportEnd = 0;
        Lookups = 0;
    }

    public void Validated(long start, long end)
    {
        if (FirstValidate == 0)
        {
            FirstValidate = start;
        }

        LastValidate = end;
        ValidateTicks += end - start;
    }

    public void LookedUp(long ticks)
    {
        LookupTicks += ticks;
        Lookups++;
    }

    public void Replacing() => ReplaceStart = Stopwatch.GetTimestamp();

    public void Replaced() => ReplaceEnd = Stopwatch.GetTimestamp();

    public void Pulled(long ticks) => SourceTicks += ticks;

    /// <summary>The phases in seconds, in pipeline order, each with what part of it was measured inside.</summary>
    public IReadOnlyList<(string Phase, double Seconds)> Phases() =>
    [
        ("to the first row checked: save upload, open reader, code lists", Seconds(FirstValidate - ImportStart)),
        ("checking pass: read + parse + convert + engine checks", Seconds(LastValidate - FirstValidate - ValidateTicks)),
        ("checking pass: handler's row rules (ValidateRow)", Seconds(ValidateTicks)),
        ("to the storing pass", Seconds(ReplaceStart - LastValidate)),
        ("storing pass: read + parse + convert again", Seconds(SourceTicks)),
        ("storing pass: delete + map + insert", Seconds(ReplaceEnd - ReplaceStart - SourceTicks)),
        ($"cross-school check: {Lookups} CrossSchoolClashes call(s)", Seconds(LookupTicks)),
        ("record the filing and findings + commit", Seconds(ImportEnd - ReplaceEnd - LookupTicks)),
    ];

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}

/// <summary>A real dataset handler with timestamps around the engine's calls.</summary>
internal sealed class ProfiledHandler(IDatasetHandler inner, PhaseClock clock) : IDatasetHandler
{
    public DatasetDefinition Definition => inner.Definition;

    /// <summary>Wraps every registered handler (their types are internal: they are created from their descriptors).</summary>
    public static void DecorateAll(IServiceCollection services, PhaseClock clock)
    {
        services.AddSingleton(clock);
        var handlers = services.Where(d => d.ServiceType == typeof(IDatasetHandler)).ToList();
        foreach (var descriptor in handlers)
        {
            var type = descriptor.ImplementationType ?? throw new InvalidOperationException("A dataset handler registered without its type.");
            services.Remove(descriptor);
            services.Add(new ServiceDescriptor(typeof(IDatasetHandler),
                sp => new ProfiledHandler((IDatasetHandler)ActivatorUtilities.CreateInstance(sp, type), sp.GetRequiredService<PhaseClock>()),
                descriptor.Lifetime));
        }
    }

    public void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors)
    {
        var start = Stopwatch.GetTimestamp();
        inner.ValidateRow(scope, row, errors);
        clock.Validated(start, Stopwatch.GetTimestamp());
    }

    public async Task<int> ReplaceAsync(FilingScope scope, IAsyncEnumerable<FilingRow> rows, CancellationToken ct)
    {
        clock.Replacing();
        var stored = await inner.ReplaceAsync(scope, Timed(rows, ct), ct);
        clock.Replaced();
        return stored;
    }

    public Task<int> CountAsync(FilingScope scope, CancellationToken ct) => inner.CountAsync(scope, ct);

    public Task<IReadOnlySet<string>> KeysAsync(FilingScope scope, string columnKey, CancellationToken ct) => inner.KeysAsync(scope, columnKey, ct);

    /// <summary>The check after storing, the import's cross-school check.</summary>
    public async Task<IReadOnlyList<CrossSchoolClash>> CrossSchoolClashesAsync(FilingScope scope, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var found = await inner.CrossSchoolClashesAsync(scope, ct);
        clock.LookedUp(Stopwatch.GetTimestamp() - start);
        return found;
    }

    public IAsyncEnumerable<object?[]> ReadAsync(FilingScope scope, CancellationToken ct) => inner.ReadAsync(scope, ct);

    /// <summary>Counts the time spent producing the rows (the engine's second pass), not consuming them (the insert).</summary>
    private async IAsyncEnumerable<FilingRow> Timed(IAsyncEnumerable<FilingRow> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var source = rows.GetAsyncEnumerator(ct);
        while (true)
        {
            var start = Stopwatch.GetTimestamp();
            var more = await source.MoveNextAsync();
            clock.Pulled(Stopwatch.GetTimestamp() - start);
            if (!more)
            {
                yield break;
            }

            yield return source.Current;
        }
    }
}
