using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>An upload from start to end: who may upload what, the file saved aside, every row checked, and then either an
/// error report (nothing stored) or, in one transaction, the dataset's rows replaced and the filing's new draft version
/// recorded. Any failure rolls the transaction back, so the previous draft stays as it was.</summary>
internal sealed class FilingImport(
    IEnumerable<IDatasetHandler> handlers,
    ISchoolDirectory schools,
    CodeListSource codeLists,
    IFilingLedger ledger,
    IEnumerable<IFilingObserver> observers,
    ICrossSchoolCheck crossSchool,
    DbContext db,
    ICurrentUser user,
    IConfiguration configuration,
    JsonStringLocalizer localizer,
    TimeProvider clock) : IFilingImport
{
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    /// <summary>The stored file name's column length (FilingModelBuilderExtensions).</summary>
    internal const int MaxFileNameLength = 260;

    public async Task<ImportResultDto> ImportAsync(string datasetCode, string schoolCode, int year, string fileName, Stream content,
        CancellationToken ct = default)
    {
        var started = clock.GetTimestamp();
        var handler = Handler(datasetCode) ?? throw UnknownDataset(datasetCode);
        var dataset = handler.Definition;
        if (year is < MinYear or > MaxYear)
        {
            throw new BusinessException(FilingErrorCodes.InvalidYear, ErrorKind.Validation, new Dictionary<string, object?> { ["year"] = year });
        }

        // A school user only finds their own school; another school's code reads as unknown (no hint that it exists).
        var school = await schools.FindByCodeAsync(schoolCode, ct);
        if (school is null || !user.CanAccessSchool(school.Id))
        {
            throw new BusinessException(FilingErrorCodes.UnknownSchool, ErrorKind.NotFound, new Dictionary<string, object?> { ["code"] = schoolCode });
        }

        DatasetApplicability.Ensure(dataset, school, localizer);
        var scope = new FilingScope(school.Id, year);
        await ledger.EnsureCanUploadAsync(scope, dataset.Code, ct);

        var name = PlainFileName(fileName);
        UploadFile.FormatOf(name); // refuse .xls, .txt… before reading the body
        using var temp = await TempUpload.SaveAsync(content, name, MaxUploadBytes(), ct);
        using var file = new UploadFile(temp.Path, name);
        var context = await ContextAsync(dataset, scope, ct);
        var validator = new UploadValidator(handler, context, localizer.Format);
        using var outcome = await validator.ValidateAsync(file, ct);
        if (outcome.IsValid)
        {
            var (stored, filing) = await StoreAsync(handler, scope, file, outcome, ct);
            return new ImportResultDto(true, dataset.Code, year, school.Code, stored, 0, [], null, filing, Seconds(started));
        }

        var reportId = ErrorReports.From(configuration).Write(file, outcome, dataset, school.Id, user.UserId, clock.GetUtcNow().UtcDateTime, ct);
        return new ImportResultDto(false, dataset.Code, year, school.Code, outcome.RowCount, outcome.Errors.Count, outcome.Errors.Listed,
            reportId, null, Seconds(started));
    }

    public Task<(string FileName, Stream Content)?> OpenErrorReportAsync(string reportId, bool showPersonalData, CancellationToken ct = default) =>
        Task.FromResult(ErrorReports.From(configuration).Open(reportId, user, showPersonalData, ct));

    /// <summary>Replace and record in one transaction (or in the caller's: a bulk load of many files). Under a retrying
    /// execution strategy (PostgreSQL) the whole unit is re-run, which is safe: the rows are read again from the
    /// temporary file.</summary>
    private Task<(int Stored, FilingDto Filing)> StoreAsync(IDatasetHandler handler, FilingScope scope, UploadFile file,
        ValidationOutcome outcome, CancellationToken ct) =>
        db.InTransactionAsync("filing.import", () => ReplaceAndRecordAsync(handler, scope, file, outcome, ct), ct);

    private async Task<(int Stored, FilingDto Filing)> ReplaceAndRecordAsync(IDatasetHandler handler, FilingScope scope, UploadFile file,
        ValidationOutcome outcome, CancellationToken ct)
    {
        // Two uploads of the same school's dataset at once: the second waits here for the first to commit, then replaces
        // its rows whole. Without the lock PostgreSQL could keep both files' rows, or fail one with a duplicate key.
        await db.LockAsync(FilingLock.Key(scope, handler.Definition.Code), ct);
        var stored = await handler.ReplaceAsync(scope, outcome.ConvertedRows(file, ct).ToAsyncEnumerable(), ct);
        foreach (var observer in observers)
        {
            await observer.DatasetReplacedAsync(scope, handler.Definition.Code, ct);
        }

        // Saves the observers' changes with the filing's, in the same transaction.
        var filing = await ledger.RecordUploadAsync(scope, handler.Definition.Code, stored, file.FileName, ct);

        // Last: its finds go to the bureau only, and change nothing of what the uploader is answered.
        await crossSchool.RunAsync(handler, scope, filing, outcome.IdPrefixes.RowsSharingPrefix, ct);
        return (stored, filing);
    }

    private async Task<ValidationContext> ContextAsync(DatasetDefinition dataset, FilingScope scope, CancellationToken ct)
    {
        var references = new Dictionary<string, ReferenceTarget>(StringComparer.Ordinal);
        foreach (var reference in dataset.References ?? [])
        {
            // A dataset nobody registered has no keys: every reference to it is unknown.
            var target = Handler(reference.DatasetCode);
            var keys = target is null ? new HashSet<string>() : await target.KeysAsync(scope, reference.TargetColumnKey, ct);
            references[reference.ColumnKey] = new ReferenceTarget(target?.Definition.NameZh ?? reference.DatasetCode, keys);
        }

        return new ValidationContext
        {
            Scope = scope,
            Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            CodeLists = await codeLists.ForAsync(dataset, ct),
            References = references,
        };
    }

    internal static BusinessException UnknownDataset(string? code) =>
        new(FilingErrorCodes.UnknownDataset, ErrorKind.NotFound, new Dictionary<string, object?> { ["code"] = code });

    private IDatasetHandler? Handler(string code) =>
        handlers.FirstOrDefault(h => string.Equals(h.Definition.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    private long MaxUploadBytes() => configuration.GetValue<long?>(TempUpload.MaxBytesKey) ?? TempUpload.DefaultMaxBytes;

    private double Seconds(long started) => clock.GetElapsedTime(started).TotalSeconds;

    /// <summary>The name is only a label (shown in messages, kept with the filing; the bytes go to a temporary file of
    /// our own naming): without any client-side folder ("C:\Users\…\学生.xlsx" from old browsers, "../../x.csv"),
    /// without control characters (a NUL cannot be stored in PostgreSQL), and at most <see cref="MaxFileNameLength"/>
    /// characters (the column's length), cut in the middle so the extension stays.</summary>
    internal static string PlainFileName(string fileName)
    {
        var name = fileName.Trim();
        var slash = name.LastIndexOfAny(['/', '\\']);
        name = slash >= 0 ? name[(slash + 1)..] : name;
        if (name.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0 || name.Contains('\u007F', StringComparison.Ordinal))
        {
            name = string.Concat(name.Where(c => !char.IsControl(c)));
        }

        if (name.Length > MaxFileNameLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length > 16 ? "" : extension;
            name = name[..(MaxFileNameLength - extension.Length - 1)] + "…" + extension;
        }

        return name;
    }
}
