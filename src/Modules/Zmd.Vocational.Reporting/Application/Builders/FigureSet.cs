using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Application.Builders;

/// <summary>Indicator values of one place by code, and the codes they were gathered for. A gathered code without a value
/// is a "no data" figure (missing data: 无数据); a code that was not gathered at all is a mistake in the builder and
/// fails, never a silent 无数据.</summary>
internal sealed class FigureSet
{
    private readonly Dictionary<string, Figure> _figures;
    private readonly HashSet<string> _gathered;

    public FigureSet(IEnumerable<IndicatorValueDto> values, IEnumerable<string> gathered)
    {
        _figures = values.GroupBy(v => v.Code).ToDictionary(g => g.Key, g => Figure.From(g.First()));
        _gathered = new HashSet<string>(gathered, StringComparer.Ordinal);
        _gathered.UnionWith(_figures.Keys);
    }

    public Dictionary<string, Figure> All => _figures;

    public bool HasData => _figures.Values.Any(f => f.HasValue);

    public Figure this[IndicatorCode code] =>
        _figures.TryGetValue(code.Value, out var f) ? f
        : _gathered.Contains(code.Value) ? Figure.None(code.Value, code.Value, "")
        : throw new InvalidOperationException($"The report asks for the indicator '{code}', which its builder did not gather "
                                              + $"({_gathered.Count} codes gathered).");

    public TableRow Row(IndicatorCode code, string? item = null, string? note = null) => TableRow.Of(this[code], item, note);
}
