using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>A header problem: which error, the header text to name, and the file column (null for a missing one).</summary>
internal sealed record HeaderError(string Code, string Header, int? FileColumn);

/// <summary>Where each dataset column is in the file.</summary>
/// <param name="FileIndex">Per dataset column (in definition order): its file column index, or -1 when absent.</param>
/// <param name="Width">How many columns the header row spans.</param>
internal sealed record HeaderMap(int[] FileIndex, int Width);

/// <summary>Matches a file's header row to a dataset's columns by the Chinese header, the English header or the key.
/// Users keep the template's required-column marker ("学号 *"), type full-width brackets or add spaces; all of that is
/// forgiven. A column the dataset does not know, a column given twice, or a required column missing is an error.</summary>
internal static class HeaderMapper
{
    /// <summary>The column the error report adds; a user who fixes the report and uploads it again keeps it.</summary>
    public const string ErrorColumnHeader = "错误说明";

    public static (HeaderMap Map, IReadOnlyList<HeaderError> Errors) Map(DatasetDefinition dataset, IReadOnlyList<string?> header)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < dataset.Columns.Count; c++)
        {
            var column = dataset.Columns[c];
            foreach (var name in new[] { column.HeaderZh, column.HeaderEn, column.Key })
            {
                byName.TryAdd(Normalize(name) ?? "", c);
            }
        }

        var fileIndex = Enumerable.Repeat(-1, dataset.Columns.Count).ToArray();
        var errors = new List<HeaderError>();
        for (var f = 0; f < header.Count; f++)
        {
            var name = Normalize(header[f]);
            if (name is null || name == ErrorColumnHeader)
            {
                continue; // an empty header cell (Excel's trailing columns) or the error report's own column
            }

            var shown = TextCleaner.Trim(header[f])!;
            if (!byName.TryGetValue(name, out var c))
            {
                errors.Add(new HeaderError(FilingErrorCodes.UnknownHeader, shown, f));
            }
            else if (fileIndex[c] >= 0)
            {
                errors.Add(new HeaderError(FilingErrorCodes.DuplicateHeader, shown, f));
            }
            else
            {
                fileIndex[c] = f;
            }
        }

        for (var c = 0; c < dataset.Columns.Count; c++)
        {
            if (fileIndex[c] < 0 && dataset.Columns[c].Required)
            {
                errors.Add(new HeaderError(FilingErrorCodes.MissingHeader, dataset.Columns[c].HeaderZh, null));
            }
        }

        return (new HeaderMap(fileIndex, header.Count), errors);
    }

    /// <summary>Trimmed, half-width, without the trailing "*" (or "＊") of a required column; null when empty.</summary>
    internal static string? Normalize(string? header)
    {
        var text = TextCleaner.Trim(header);
        if (text is null)
        {
            return null;
        }

        text = TextCleaner.ToHalfWidth(text).TrimEnd('*');
        return TextCleaner.Trim(text);
    }
}
