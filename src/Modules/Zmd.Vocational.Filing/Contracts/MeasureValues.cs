namespace Zmd.Vocational.Filing.Contracts;

/// <summary>Builds a measure source's result: every declared measure present, zero unless set, so that a school whose
/// roster has no row of some kind reads as "0 filed" rather than "not filed".</summary>
public sealed class MeasureValues
{
    private readonly Dictionary<string, decimal> _values;

    public MeasureValues(IEnumerable<MeasureDefinition> measures) =>
        _values = measures.ToDictionary(m => m.Code, _ => 0m, StringComparer.Ordinal);

    /// <summary>Sets a declared measure; an undeclared code is a programming error.</summary>
    public MeasureValues Set(string code, decimal value)
    {
        if (!_values.ContainsKey(code))
        {
            throw new ArgumentException($"Measure '{code}' is not declared by this source.", nameof(code));
        }

        _values[code] = value;
        return this;
    }

    public IReadOnlyDictionary<string, decimal> ToDictionary() => _values;
}
