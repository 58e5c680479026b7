namespace Zmd.Vocational.Filing.Contracts;

/// <summary>One row of an upload after its cells were converted to their column types: string (Text, Code,
/// IdNumber, CreditCode — normalized), long (Integer), decimal (Decimal), DateOnly (Date), bool (Boolean), or null
/// when empty. Values are in the order of the dataset's columns.</summary>
public sealed class FilingRow(int rowNumber, object?[] values)
{
    /// <summary>The row's number as the user sees it in their file (header is row 1).</summary>
    public int RowNumber { get; } = rowNumber;

    public object?[] Values { get; } = values;

    public object? this[int index] => Values[index];

    public string? Text(int index) => Values[index] as string;

    public long? Integer(int index) => Values[index] as long?;

    public decimal? Decimal(int index) => Values[index] as decimal?;

    public DateOnly? Date(int index) => Values[index] as DateOnly?;

    public bool? Boolean(int index) => Values[index] as bool?;
}

/// <summary>Where a dataset handler reports what is wrong with a row: the column key, the localization key of the
/// message (with {placeholders}) and its arguments. The engine adds file, row, header and value.</summary>
public interface IRowErrors
{
    void Add(string columnKey, string messageKey, IReadOnlyDictionary<string, object?>? args = null);
}

/// <summary>A school and a school year (the year the school year starts: 2025 = 2025-09-01 … 2026-08-31).</summary>
public sealed record FilingScope(Guid SchoolId, int Year);
