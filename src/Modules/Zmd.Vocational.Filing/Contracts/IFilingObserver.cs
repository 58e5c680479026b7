namespace Zmd.Vocational.Filing.Contracts;

/// <summary>Told of every change to a filing, inside the change's unit of work, so that figures derived from the data
/// (monitoring's stored measures) never disagree with it: a rolled-back upload rolls the derived figures back too.
/// Observers add or change entities on the shared DbContext and must not save or commit.</summary>
public interface IFilingObserver
{
    /// <summary>The school's rows of the dataset were just replaced by an upload (the filing becomes a draft).</summary>
    Task DatasetReplacedAsync(FilingScope scope, string datasetCode, CancellationToken ct);

    /// <summary>The filing moves to <paramref name="state"/> (submitted, approved, returned…).</summary>
    Task StateChangingAsync(FilingScope scope, string datasetCode, FilingState state, CancellationToken ct);

    /// <summary>Data kept outside an upload (the technician college's approved build-out reports) changed for the school
    /// and year: its figures are to be recomputed from what is saved and counted as <paramref name="state"/>.</summary>
    Task DataChangedAsync(FilingScope scope, string datasetCode, FilingState state, CancellationToken ct);
}

/// <summary>Findings another module has about a school's filed data (monitoring's data-quality rules), shown to the
/// filer before submitting and to the approver. Filing shows them; it does not know the rules.</summary>
public interface IFilingAdvisor
{
    Task<IReadOnlyList<FilingAdviceDto>> AdviseAsync(FilingScope scope, CancellationToken ct);
}

/// <summary>One finding: a stable rule code, the message in the user's language, whether it is an error (the figures
/// contradict each other) or a warning that needs an explanation, and the explanation given, if any.</summary>
public sealed record FilingAdviceDto(string Rule, string Message, bool IsError, string? Explanation);
