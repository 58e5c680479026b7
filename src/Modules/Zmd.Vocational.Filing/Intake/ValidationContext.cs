using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>The dataset a referencing column points to: its name for messages and the keys the school filed.</summary>
internal sealed record ReferenceTarget(string DatasetName, IReadOnlySet<string> Keys);

/// <summary>What the validator needs besides the file, loaded before the pass so that the pass itself touches no
/// database: code lists and the keys of the school's referenced datasets.</summary>
internal sealed class ValidationContext
{
    public required FilingScope Scope { get; init; }

    /// <summary>No birth date in an ID number may be later.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Per Code column key.</summary>
    public required IReadOnlyDictionary<string, CodeList> CodeLists { get; init; }

    /// <summary>Per referencing column key (<see cref="DatasetDefinition.References"/>).</summary>
    public IReadOnlyDictionary<string, ReferenceTarget> References { get; init; } = new Dictionary<string, ReferenceTarget>();
}
