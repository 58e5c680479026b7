namespace Zmd.Vocational.Filing.Intake;

/// <summary>One row of an uploaded file as raw text, before any conversion.</summary>
/// <param name="Number">The row's number as the user sees it in Excel (the first line or row of the file is 1).</param>
/// <param name="Cells">The cells in file order; null or "" when empty.</param>
/// <param name="LostPrecision">File column indexes of cells that Excel stored as numbers too long to be exact (an
/// 18-digit ID number typed without text format); null when none. Only xlsx files have such cells.</param>
internal sealed record RawRow(int Number, string?[] Cells, IReadOnlyList<int>? LostPrecision = null)
{
    public string? Cell(int index) => index >= 0 && index < Cells.Length ? Cells[index] : null;

    public bool HasLostPrecision(int index) => LostPrecision is { } lost && lost.Contains(index);

    /// <summary>Excel keeps formatted but empty rows; such rows are not data and are skipped everywhere.</summary>
    public bool IsBlank
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (!TextCleaner.IsBlank(cell))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
