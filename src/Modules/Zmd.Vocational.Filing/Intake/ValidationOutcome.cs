using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>The result of validating an upload: the header row, the column mapping, the number of data rows and every
/// error. Owns the error log's temporary files.</summary>
internal sealed class ValidationOutcome(RawRow header, RowConverter? converter, int rowCount, UploadErrorLog errors, IdPrefixCounter? idPrefixes = null)
    : IDisposable
{
    public RawRow Header { get; } = header;

    /// <summary>Null when the header was wrong (no row was checked).</summary>
    public RowConverter? Converter { get; } = converter;

    /// <summary>Data rows in the file (blank rows not counted).</summary>
    public int RowCount { get; } = rowCount;

    public UploadErrorLog Errors { get; } = errors;

    /// <summary>The ID numbers of the UniqueAcrossSchools column per region and birth date (empty for other columns).</summary>
    public IdPrefixCounter IdPrefixes { get; } = idPrefixes ?? new IdPrefixCounter();

    public bool IsValid => Errors.Count == 0 && Converter is not null;

    /// <summary>A second streaming pass producing the rows to store. Conversion is deterministic, so every row converts
    /// as it did when validated; a failure here means the file changed underneath, which must not be stored.</summary>
    public IEnumerable<FilingRow> ConvertedRows(UploadFile file, CancellationToken ct)
    {
        var converter = Converter ?? throw new InvalidOperationException("The upload did not pass validation.");
        var errors = new List<(int Column, CellError Error)>();
        foreach (var row in file.ReadRows(ct))
        {
            if (row.Number <= Header.Number || row.IsBlank)
            {
                continue;
            }

            var values = converter.Convert(row, errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Row {row.Number} of {file.FileName} no longer converts; the file changed after validation.");
            }

            yield return new FilingRow(row.Number, values);
        }
    }

    public void Dispose() => Errors.Dispose();
}
