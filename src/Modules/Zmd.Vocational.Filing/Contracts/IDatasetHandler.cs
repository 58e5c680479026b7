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

    /// <summary>Of <paramref name="values"/> of the UniqueAcrossSchools column, those another school filed for the
    /// year, with that school's id.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FiledElsewhereAsync(FilingScope scope, IReadOnlyCollection<string> values, CancellationToken ct);

    /// <summary>True when the handler checks <see cref="DatasetDefinition.UniqueAcrossSchools"/> set-based after storing
    /// (<see cref="FiledElsewhereAfterReplaceAsync"/>): one join instead of looking every value up before storing.</summary>
    bool ChecksAcrossSchoolsAfterReplace => false;

    /// <summary>Right after <see cref="ReplaceAsync"/>, inside the same transaction: the values of the UniqueAcrossSchools
    /// column of the rows just stored that another school also filed for the year, with that school. Any hit makes the
    /// engine roll the upload back and report the rows.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FiledElsewhereAfterReplaceAsync(FilingScope scope, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, Guid>>(new Dictionary<string, Guid>());

    /// <summary>The school's rows, values in column order (personal data unmasked: the caller masks).</summary>
    IAsyncEnumerable<object?[]> ReadAsync(FilingScope scope, CancellationToken ct);
}
