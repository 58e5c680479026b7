using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Checks an upload before anything is stored, in one streaming pass: the header, every cell's type and rules,
/// the handler's domain rules (rows that converted cleanly), duplicates inside the file and references to other
/// datasets. Values another school filed for the year are looked up afterwards in batches, and only when some are
/// found is the file read again to point at their rows.</summary>
internal sealed class UploadValidator(IDatasetHandler handler, ValidationContext context, Func<string, IReadOnlyDictionary<string, object?>, string> format)
{
    /// <summary>The localization key naming "another school" to a user who may not know which.</summary>
    public const string AnotherSchoolKey = "Filing:AnotherSchool";

    /// <summary>Values per FiledElsewhereAsync call (the handler may split further for its database).</summary>
    internal const int AcrossSchoolsBatch = 5000;

    private DatasetDefinition Dataset => handler.Definition;

    public async Task<ValidationOutcome> ValidateAsync(UploadFile file, CancellationToken ct)
    {
        var log = new UploadErrorLog(file.FileName, format);
        using var acrossValues = new SpillFile();
        try
        {
            var outcome = MainPass(file, log, acrossValues, ct);
            // A clean file of a handler that checks after storing skips the look-ups: the join after the insert finds
            // the same values at a fraction of the cost. A file with errors is checked now, to report everything at once.
            var deferred = handler.ChecksAcrossSchoolsAfterReplace && outcome.IsValid;
            if (outcome.Converter is not null && acrossValues.Count > 0 && !deferred)
            {
                await CheckAcrossSchoolsAsync(file, outcome, acrossValues, ct);
            }

            return outcome;
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    private ValidationOutcome MainPass(UploadFile file, UploadErrorLog log, SpillFile acrossValues, CancellationToken ct)
    {
        using var rows = file.ReadRows(ct).GetEnumerator();
        var header = FirstNonBlank(rows) ?? throw UploadFile.Empty(file.FileName);
        var (map, headerErrors) = HeaderMapper.Map(Dataset, header.Cells);
        if (headerErrors.Count > 0)
        {
            // A wrong header makes every row's check meaningless: report the header only. When not one column is
            // recognised, say first what is likely: another dataset's file, or text in an encoding read as gibberish.
            if (map.FileIndex.All(i => i < 0))
            {
                log.AddHeader(header.Number, new HeaderError(FilingErrorCodes.HeaderNotRecognized, "", null));
            }

            foreach (var error in headerErrors)
            {
                log.AddHeader(header.Number, error);
            }

            return new ValidationOutcome(header, null, 0, log);
        }

        var converter = new RowConverter(Dataset, map, context.CodeLists, context.Today);
        var checks = new RowChecks(Dataset, converter, context, log, acrossValues);
        var rowErrors = new RowErrorBuffer(converter, log);
        var count = 0;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.IsBlank)
            {
                continue;
            }

            count++;
            if (checks.Check(row) is { } values)
            {
                rowErrors.Begin(row);
                handler.ValidateRow(context.Scope, new FilingRow(row.Number, values), rowErrors);
            }
        }

        if (count == 0)
        {
            throw UploadFile.Empty(file.FileName);
        }

        return new ValidationOutcome(header, converter, count, log);
    }

    private async Task CheckAcrossSchoolsAsync(UploadFile file, ValidationOutcome outcome, SpillFile acrossValues, CancellationToken ct)
    {
        // Hash → the other school: small even when a whole roster was filed elsewhere.
        var filed = new Dictionary<ulong, Guid>();
        var batch = new List<string>(AcrossSchoolsBatch);
        foreach (var (_, value) in acrossValues.Read())
        {
            batch.Add(value);
            if (batch.Count == AcrossSchoolsBatch)
            {
                await LookUpAsync(batch, filed, ct);
            }
        }

        await LookUpAsync(batch, filed, ct);
        await MarkFiledElsewhereAsync(file, outcome, filed, ct);
    }

    /// <summary>Reports the rows whose UniqueAcrossSchools value another school filed (by value hash → that school).</summary>
    public Task MarkFiledElsewhereAsync(UploadFile file, ValidationOutcome outcome, IReadOnlyDictionary<string, Guid> filedValues, CancellationToken ct) =>
        MarkFiledElsewhereAsync(file, outcome, filedValues.ToDictionary(kv => ValueHash.Of(kv.Key), kv => kv.Value), ct);

    private async Task MarkFiledElsewhereAsync(UploadFile file, ValidationOutcome outcome, Dictionary<ulong, Guid> filed, CancellationToken ct)
    {
        if (filed.Count == 0)
        {
            return;
        }

        var names = new Dictionary<Guid, string>();
        foreach (var school in filed.Values.Distinct())
        {
            names[school] = await context.SchoolName(school, ct) ?? format(AnotherSchoolKey, new Dictionary<string, object?>());
        }

        var converter = outcome.Converter!;
        var column = Dataset.IndexOf(Dataset.UniqueAcrossSchools!);
        outcome.Errors.BeginLatePhase();
        foreach (var row in file.ReadRows(ct))
        {
            if (row.Number <= outcome.Header.Number || row.IsBlank)
            {
                continue;
            }

            if (converter.TryConvert(row, column, out var value, out _) && value is not null
                && filed.TryGetValue(ValueHash.Of(value), out var school))
            {
                outcome.Errors.Add(row.Number, Dataset.Columns[column], converter.RawValue(row, column), FilingErrorCodes.FiledByOtherSchool,
                    new Dictionary<string, object?> { ["school"] = names[school] });
            }
        }
    }

    private async Task LookUpAsync(List<string> batch, Dictionary<ulong, Guid> filed, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var found = await handler.FiledElsewhereAsync(context.Scope, batch.ToArray(), ct);
        foreach (var (value, school) in found)
        {
            filed[ValueHash.Of(value)] = school;
        }

        batch.Clear();
    }

    private static RawRow? FirstNonBlank(IEnumerator<RawRow> rows)
    {
        while (rows.MoveNext())
        {
            if (!rows.Current.IsBlank)
            {
                return rows.Current;
            }
        }

        return null;
    }
}
