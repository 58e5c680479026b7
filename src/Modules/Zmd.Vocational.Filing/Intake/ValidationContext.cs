using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>The dataset a referencing column points to: its name for messages and the keys the school filed.</summary>
internal sealed record ReferenceTarget(string DatasetName, IReadOnlySet<string> Keys);

/// <summary>What the validator needs besides the file, loaded before the pass so that the pass itself touches no
/// database: code lists, the keys of referenced datasets, and how to name another school.</summary>
internal sealed class ValidationContext
{
    public required FilingScope Scope { get; init; }

    /// <summary>No birth date in an ID number may be later.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Per Code column key.</summary>
    public required IReadOnlyDictionary<string, CodeList> CodeLists { get; init; }

    /// <summary>Per referencing column key (<see cref="DatasetDefinition.References"/>).</summary>
    public IReadOnlyDictionary<string, ReferenceTarget> References { get; init; } = new Dictionary<string, ReferenceTarget>();

    /// <summary>How the user may see another school named ("41170001 驻马店财经学校"), or null when they may not: a school
    /// user is never told which other school filed a student.</summary>
    public Func<Guid, CancellationToken, Task<string?>> SchoolName { get; init; } = (_, _) => Task.FromResult<string?>(null);
}
