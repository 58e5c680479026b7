using Zmd.Vocational.Filing.Application;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Every error of an upload. All are counted; the first <see cref="MaxListed"/> are kept as DTOs for the page
/// and the API; every row's messages are spilled to disk for the error report. Errors arrive in row order (one pass).</summary>
internal sealed class UploadErrorLog(string fileName, Func<string, IReadOnlyDictionary<string, object?>, string> format) : IDisposable
{
    public const int MaxListed = 1000;
    private const int MaxValueLength = 100;

    private readonly List<ImportErrorDto> _listed = [];
    private readonly SpillFile _messages = new();
    private readonly List<string> _headerMessages = [];

    public string FileName { get; } = fileName;

    /// <summary>All errors, listed or not.</summary>
    public int Count { get; private set; }

    /// <summary>Messages about the header row (the report puts them in its header's error cell).</summary>
    public IReadOnlyList<string> HeaderMessages => _headerMessages;

    /// <summary>The errors to show, in row order, at most <see cref="MaxListed"/>.</summary>
    public IReadOnlyList<ImportErrorDto> Listed => _listed;

    public string Format(string key, IReadOnlyDictionary<string, object?> args) => format(key, args);

    public void AddHeader(int row, HeaderError error)
    {
        var message = format(error.Code, new Dictionary<string, object?> { ["header"] = error.Header, ["file"] = FileName });
        _headerMessages.Add(message);
        Count++;
        List(new ImportErrorDto(FileName, row, error.Header.Length == 0 ? null : error.Header, null, error.Code, message));
    }

    /// <param name="column">The column at fault; null for a row-level rule.</param>
    /// <param name="rawValue">The cell as the user wrote it; shown masked when it is personal data.</param>
    /// <param name="args">The rule's own message arguments; header, value and file are added.</param>
    public void Add(int row, DatasetColumn? column, string? rawValue, string code, IReadOnlyDictionary<string, object?>? args = null)
    {
        var value = Shown(column, rawValue);
        var all = args is null ? new Dictionary<string, object?>(3) : new Dictionary<string, object?>(args);
        all.TryAdd("header", column?.HeaderZh);
        all.TryAdd("value", value);
        all.TryAdd("file", FileName);
        var message = format(code, all);
        Count++;
        List(new ImportErrorDto(FileName, row, column?.HeaderZh, value, code, message));
        _messages.Add(row, message);
    }

    /// <summary>Every row message, in row order.</summary>
    public IEnumerable<(int Row, string Message)> RowMessages() => _messages.Read();

    public void Dispose() => _messages.Dispose();

    /// <summary>What the error list shows of a value, and what its message quotes: personal data masked whoever reads it
    /// (<see cref="PersonalDataMask"/>: error lists are shown, returned by the API and written into the report's
    /// messages; the uploader has their own file), long texts shortened.</summary>
    private static string? Shown(DatasetColumn? column, string? rawValue)
    {
        var value = PersonalDataMask.Text(column, TextCleaner.Trim(rawValue));
        return value is { Length: > MaxValueLength } ? value[..MaxValueLength] + "…" : value;
    }

    private void List(ImportErrorDto error)
    {
        if (_listed.Count < MaxListed)
        {
            _listed.Add(error);
        }
    }
}
