using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Checks an upload before anything is stored, in one streaming pass: the header, every cell's type and rules,
/// the handler's domain rules (rows that converted cleanly), duplicates inside the file and references to the school's
/// own other datasets. Nothing here looks at another school's rows: what other schools filed must not change the answer
/// (the cross-school duplicate check runs after storing and tells the bureau only, Application.CrossSchoolCheck).</summary>
internal sealed class UploadValidator(IDatasetHandler handler, ValidationContext context, Func<string, IReadOnlyDictionary<string, object?>, string> format)
{
    private DatasetDefinition Dataset => handler.Definition;

    public Task<ValidationOutcome> ValidateAsync(UploadFile file, CancellationToken ct)
    {
        var log = new UploadErrorLog(file.FileName, format);
        try
        {
            return Task.FromResult(MainPass(file, log, ct));
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    private ValidationOutcome MainPass(UploadFile file, UploadErrorLog log, CancellationToken ct)
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
        var checks = new RowChecks(Dataset, converter, context, log);
        var rowErrors = new RowErrorBuffer(converter, log);
        var prefixes = new IdPrefixCounter();
        var idColumn = Dataset.UniqueAcrossSchools is { } key && Dataset.Columns[Dataset.IndexOf(key)].Type == ColumnType.IdNumber
            ? Dataset.IndexOf(key)
            : -1;
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
                if (idColumn >= 0 && values[idColumn] is string id)
                {
                    prefixes.Add(id);
                }
            }
        }

        if (count == 0)
        {
            throw UploadFile.Empty(file.FileName);
        }

        return new ValidationOutcome(header, converter, count, log, prefixes);
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
