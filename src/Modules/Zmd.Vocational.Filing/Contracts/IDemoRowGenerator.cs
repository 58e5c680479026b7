namespace Zmd.Vocational.Filing.Contracts;

/// <summary>Where generated rows go: a school of a given type, a school year, and the position of its rows in a
/// city- or province-wide numbering so that generated people never collide across schools.</summary>
public sealed record DemoScope(string SchoolCode, Institutions.Contracts.SchoolType SchoolType, int Year, long SerialStart)
{
    /// <summary>The school's demo apprenticeship cohorts are filed too, so generated rows may name them (students in a
    /// cohort). Off for stand-alone files (`zmd generate`), where such a name would be an unknown reference.</summary>
    public bool CohortsFiled { get; init; }
}

/// <summary>Implemented by a dataset module to produce realistic rows of its dataset, as raw cells in the order of
/// its columns (what a school's file would hold: Chinese labels for coded columns). Used by `zmd seed --demo` through
/// the real upload pipeline, and by the benchmark file generator. Deterministic for a given scope.</summary>
public interface IDemoRowGenerator
{
    string DatasetCode { get; }

    IEnumerable<string?[]> Rows(DemoScope scope, int count);
}
