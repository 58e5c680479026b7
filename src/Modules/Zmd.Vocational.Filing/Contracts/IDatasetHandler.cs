namespace Zmd.Vocational.Filing.Contracts;

/// <summary>Implemented by the module that owns a dataset (Enrolment owns students, Faculty teachers, …). The Filing
/// engine parses, converts and checks column types, code lists, check digits, duplicates and references; the handler
/// adds its domain rules and stores the rows in its own tables.</summary>
public interface IDatasetHandler
{
    DatasetDefinition Definition { get; }

    /// <summary>Domain rules for one row whose cells all converted (e.g. birth date consistent with the ID number).
    /// The scope gives the school year filed for, against which years in the row are judged.</summary>
    void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors);

    /// <summary>Replaces the school's rows of this dataset for the year by <paramref name="rows"/>. Runs inside the
    /// engine's transaction on the shared DbContext connection; must stream (a million rows) and not commit.</summary>
    Task<int> ReplaceAsync(FilingScope scope, IAsyncEnumerable<FilingRow> rows, CancellationToken ct);

    Task<int> CountAsync(FilingScope scope, CancellationToken ct);

    /// <summary>The distinct values of one column of the school's rows (for references from other datasets).</summary>
    Task<IReadOnlySet<string>> KeysAsync(FilingScope scope, string columnKey, CancellationToken ct);

    /// <summary>Right after <see cref="ReplaceAsync"/>, inside the same transaction: the rows just stored whose
    /// <see cref="DatasetDefinition.UniqueAcrossSchools"/> value another school also filed for the year, each with that
    /// school's row. Bounded by the school's own rows: each of its values is looked up through the year's index on
    /// (year, value), never by joining every school's rows. The upload is stored whatever this finds; the bureau alone
    /// is told (a cross-school duplicate finding), so that an upload cannot be used to learn what other schools filed.</summary>
    Task<IReadOnlyList<CrossSchoolClash>> CrossSchoolClashesAsync(FilingScope scope, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CrossSchoolClash>>([]);

    /// <summary>The school's rows, values in column order (personal data unmasked: the caller masks).</summary>
    IAsyncEnumerable<object?[]> ReadAsync(FilingScope scope, CancellationToken ct);
}
