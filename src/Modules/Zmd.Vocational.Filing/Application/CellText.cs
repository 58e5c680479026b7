using System.Globalization;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>A stored value as shown to people: codes as their labels, dates as yyyy-MM-dd, booleans as 是/否; personal data
/// masked (<see cref="PersonalDataMask"/>) unless the user may see it.</summary>
internal static class CellText
{
    public static string? Format(DatasetColumn column, object? value, bool showPersonalData)
    {
        var text = Plain(column, value);
        return showPersonalData ? text : PersonalDataMask.Text(column, text);
    }

    private static string? Plain(DatasetColumn column, object? value) => value switch
    {
        null => null,
        string s when column.Options is { } options => options.FirstOrDefault(o => o.Code == s)?.Label ?? s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
