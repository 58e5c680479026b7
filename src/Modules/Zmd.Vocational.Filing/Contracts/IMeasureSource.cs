namespace Zmd.Vocational.Filing.Contracts;

/// <summary>A figure a module computes from one of its datasets for one school and school year (e.g. "dual-qualified
/// teachers" from the teacher roster). Monitoring stores these per school when the dataset changes, so that dashboards
/// read a few thousand aggregates instead of millions of roster rows. Codes are lower-case and dotted, prefixed by the
/// module ("fac.dual").</summary>
public sealed record MeasureDefinition(string Code, string Dataset, string NameZh, string NameEn, string Unit);

/// <summary>Implemented by the module that owns a dataset: its per-school measures.</summary>
public interface IMeasureSource
{
    string Dataset { get; }

    IReadOnlyList<MeasureDefinition> Measures { get; }

    /// <summary>Every measure of <see cref="Measures"/> for the school's stored rows of the year (zero when none). Runs
    /// inside the upload's transaction, right after the rows were replaced, and must see them.</summary>
    Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct);
}

/// <summary>Measures that do not add up over schools (an enterprise several schools work with counts once), computed for
/// a set of schools at once. The caller decides which schools count (e.g. those whose filing is approved).</summary>
public interface ICrossSchoolMeasureSource
{
    IReadOnlyList<MeasureDefinition> Measures { get; }

    /// <summary>Every measure of <see cref="Measures"/> over the rows of <paramref name="schoolIds"/> for the year,
    /// whatever school the caller belongs to (the figures are totals, never rows).</summary>
    Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(int year, IReadOnlyCollection<Guid> schoolIds, CancellationToken ct);
}
