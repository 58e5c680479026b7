using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>The allowed values of a coded column. A file may hold the code ("M"), the label ("男"), or both as the
/// template's drop-down shows long lists ("710101 计算机应用"); the code is what is stored.</summary>
internal sealed class CodeList
{
    private const int ExampleCount = 6;
    private readonly Dictionary<string, string> _byCode = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Label → code; null marks a label shared by several codes (majors of different levels share names), which
    /// cannot be matched by its label alone.</summary>
    private readonly Dictionary<string, string?> _byLabel = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="showCodes">Whether the drop-down shows "code label" rather than the label alone: for long catalogues
    /// whose codes people know (majors), and whenever a label is ambiguous.</param>
    public CodeList(IReadOnlyList<CodeOption> options, bool showCodes = false)
    {
        Options = options;
        foreach (var option in options)
        {
            _byCode.TryAdd(option.Code.Trim(), option.Code);
            var label = option.Label.Trim();
            if (!_byLabel.TryAdd(label, option.Code) && _byLabel[label] != option.Code)
            {
                _byLabel[label] = null;
            }
        }

        ShowCodes = showCodes || _byLabel.ContainsValue(null);
    }

    public IReadOnlyList<CodeOption> Options { get; }

    public bool ShowCodes { get; }

    /// <summary>The text of an option in the template's drop-down; <see cref="Match"/> reads it back.</summary>
    public string DisplayText(CodeOption option) => ShowCodes ? option.Code + " " + option.Label : option.Label;

    /// <summary>The code a cell names, or null when it names none.</summary>
    public string? Match(string value)
    {
        if (MatchExact(value) is { } code)
        {
            return code;
        }

        var halfWidth = TextCleaner.ToHalfWidth(value);
        if (!ReferenceEquals(halfWidth, value) && MatchExact(halfWidth) is { } fromHalfWidth)
        {
            return fromHalfWidth;
        }

        // "710101 计算机应用": the code before the first blank.
        var blank = halfWidth.AsSpan().IndexOfAny(' ', '\t');
        return blank > 0 && _byCode.TryGetValue(halfWidth[..blank], out var leading) ? leading : null;
    }

    /// <summary>A few allowed values for a message ("男、女" or "710101 计算机应用、…").</summary>
    public string Examples()
    {
        var shown = Options.Take(ExampleCount).Select(DisplayText);
        var text = string.Join("、", shown);
        return Options.Count > ExampleCount ? text + "…" : text;
    }

    private string? MatchExact(string value) =>
        _byCode.TryGetValue(value, out var code) ? code
        : _byLabel.TryGetValue(value, out var byLabel) ? byLabel
        : null;
}
