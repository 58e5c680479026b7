using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Converts a raw row into a <see cref="FilingRow"/>'s values (dataset column order), given where each column
/// is in the file. Shared by the validation pass and the storing pass, so both see exactly the same values.</summary>
internal sealed class RowConverter
{
    private readonly ColumnConverter[] _columns;

    public RowConverter(DatasetDefinition dataset, HeaderMap map, IReadOnlyDictionary<string, CodeList> codeLists, DateOnly today)
    {
        Dataset = dataset;
        Map = map;
        _columns = dataset.Columns
            .Select(c => new ColumnConverter(c, codeLists.GetValueOrDefault(c.Key), today))
            .ToArray();
    }

    public DatasetDefinition Dataset { get; }

    public HeaderMap Map { get; }

    /// <summary>The cell of a dataset column as the user wrote it (null when the column is not in the file).</summary>
    public string? RawValue(RawRow row, int column) => row.Cell(Map.FileIndex[column]);

    /// <summary>Converts one column's cell.</summary>
    public bool TryConvert(RawRow row, int column, out object? value, out CellError error)
    {
        var fileIndex = Map.FileIndex[column];
        return _columns[column].TryConvert(row.Cell(fileIndex), fileIndex >= 0 && row.HasLostPrecision(fileIndex), out value, out error);
    }

    /// <summary>Converts every cell; cells that fail are left null and reported in <paramref name="errors"/>.</summary>
    public object?[] Convert(RawRow row, List<(int Column, CellError Error)> errors)
    {
        var values = new object?[_columns.Length];
        for (var c = 0; c < _columns.Length; c++)
        {
            if (TryConvert(row, c, out var value, out var error))
            {
                values[c] = value;
            }
            else
            {
                errors.Add((c, error));
            }
        }

        return values;
    }
}
