namespace Zmd.Vocational.Filing.Contracts;

/// <summary>The allowed values of a coded column, tied to the enum the entity stores: the stored code, the Chinese label
/// of the template's drop-down, and the enum member.</summary>
public sealed class CodeSet<TEnum>
    where TEnum : struct, Enum
{
    private readonly (TEnum Value, string Code, string Label)[] _entries;

    public CodeSet(params (TEnum Value, string Code, string Label)[] entries)
    {
        _entries = entries;
        Options = entries.Select(e => new CodeOption(e.Code, e.Label)).ToList();
    }

    public IReadOnlyList<CodeOption> Options { get; }

    public string Code(TEnum value)
    {
        foreach (var entry in _entries)
        {
            if (EqualityComparer<TEnum>.Default.Equals(entry.Value, value))
            {
                return entry.Code;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"No code for {typeof(TEnum).Name}.{value}.");
    }

    /// <summary>The member for a stored code (the engine hands codes over) or, to be lenient, a label.</summary>
    public bool TryParse(string? text, out TEnum value)
    {
        if (text is not null)
        {
            foreach (var entry in _entries)
            {
                if (string.Equals(entry.Code, text, StringComparison.OrdinalIgnoreCase) || string.Equals(entry.Label, text, StringComparison.Ordinal))
                {
                    value = entry.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>For rows that passed validation: a value outside the list is a programming error, not a user's.</summary>
    public TEnum Parse(string? text, string columnKey) =>
        TryParse(text, out var value) ? value : throw new InvalidOperationException($"Column {columnKey}: '{text}' is no {typeof(TEnum).Name} code.");
}
