using System.Globalization;
using Zmd.Vocational.Core.Validation;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>A stored value as shown to people: codes as their labels, dates as yyyy-MM-dd, booleans as 是/否, and
/// resident ID numbers masked unless the user may see them.</summary>
internal static class CellText
{
    public static string? Format(DatasetColumn column, object? value, bool showPersonalData) => value switch
    {
        null => null,
        string s when column.Type == ColumnType.IdNumber && !showPersonalData => ResidentIdNumber.Mask(s),
        string s when column.Options is { } options => options.FirstOrDefault(o => o.Code == s)?.Label ?? s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
