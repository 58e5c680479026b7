using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>What a dataset handler reports about one row, turned into logged errors with the row's number, the column's
/// header and the cell as written. One instance serves every row of a pass.</summary>
internal sealed class RowErrorBuffer(RowConverter converter, UploadErrorLog log) : IRowErrors
{
    private readonly Dictionary<string, int> _columnIndex = converter.Dataset.Columns
        .Select((c, i) => (c.Key, i))
        .ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);

    private RawRow? _row;

    public void Begin(RawRow row) => _row = row;

    public void Add(string columnKey, string messageKey, IReadOnlyDictionary<string, object?>? args = null)
    {
        var row = _row ?? throw new InvalidOperationException("No row is being validated.");
        if (_columnIndex.TryGetValue(columnKey, out var c))
        {
            log.Add(row.Number, converter.Dataset.Columns[c], converter.RawValue(row, c), messageKey, args);
        }
        else
        {
            log.Add(row.Number, null, null, messageKey, args);
        }
    }
}
