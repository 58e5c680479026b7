using System.Text;
using nietras.SeparatedValues;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Streams a CSV as raw rows with Sep (quoted fields, embedded separators and line breaks). The separator is
/// fixed to a comma, as Excel writes it: Sep's auto-detection could pick ';' from a header that happens to hold one.</summary>
internal static class CsvRowReader
{
    public static IEnumerable<RawRow> Read(string path, Encoding encoding, string fileName, CancellationToken ct)
    {
        using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, new FileStreamOptions
        {
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.SequentialScan,
            BufferSize = 64 * 1024,
        });
        using var reader = Open(text, fileName);
        var last = 0;
        while (true)
        {
            var row = Next(reader, fileName, last, ct);
            if (row is null)
            {
                yield break;
            }

            last = row.Number;
            yield return row;
        }
    }

    private static SepReader Open(TextReader text, string fileName)
    {
        try
        {
            return Sep.New(',').Reader(o => o with
            {
                HasHeader = false,
                Unescape = true,
                DisableColCountCheck = true,
                // Codes, genders, years repeat on every row: pooled strings save most allocations.
                CreateToString = SepToString.PoolPerCol(maximumStringLength: 32),
            }).From(text);
        }
        catch (InvalidDataException)
        {
            throw UploadFile.Unsupported(fileName);
        }
    }

    /// <summary>The next row, or null at the end. Sep rows are ref structs and cannot live across a yield.</summary>
    private static RawRow? Next(SepReader reader, string fileName, int last, CancellationToken ct)
    {
        try
        {
            if (!reader.MoveNext())
            {
                return null;
            }
        }
        catch (InvalidDataException)
        {
            throw UploadFile.Unsupported(fileName);
        }
        catch (NotSupportedException)
        {
            // Sep holds a row in one buffer of at most 16 M characters: a longer row is a quote left open (the rest of
            // the file becomes one cell) or a file built to exhaust memory.
            throw new BusinessException(FilingErrorCodes.RowTooLong, ErrorKind.Validation, new Dictionary<string, object?>
            {
                ["file"] = fileName,
                ["row"] = last + 1,
            });
        }

        var row = reader.Current;
        if ((row.RowIndex & 0xFFF) == 0)
        {
            ct.ThrowIfCancellationRequested();
        }

        var cells = new string?[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }

        // Excel shows each record (even one spanning lines inside quotes) as one row: the row index is what the user sees.
        return new RawRow(row.RowIndex + 1, cells);
    }
}
