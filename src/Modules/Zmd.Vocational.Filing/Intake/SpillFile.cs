namespace Zmd.Vocational.Filing.Intake;

/// <summary>An append-only temporary file of (row number, text) pairs, read back in the order written. Per-row error
/// messages go here instead of memory: a bad million-row file can have millions of them. Deleted on dispose.</summary>
internal sealed class SpillFile : IDisposable
{
    private FileStream? _stream;
    private BinaryWriter? _writer;

    public int Count { get; private set; }

    public void Add(int row, string text)
    {
        if (_writer is null)
        {
            var path = Path.Combine(Path.GetTempPath(), "zmd-spill-" + Guid.NewGuid().ToString("N") + ".bin");
            _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            _writer = new BinaryWriter(_stream, System.Text.Encoding.UTF8, leaveOpen: true);
        }

        _writer.Write(row);
        _writer.Write(text);
        Count++;
    }

    /// <summary>Everything written so far, from the start. Only one reader at a time, and no writes while reading.</summary>
    public IEnumerable<(int Row, string Text)> Read()
    {
        if (_writer is null || _stream is null)
        {
            yield break;
        }

        _writer.Flush();
        var end = _stream.Position;
        _stream.Position = 0;
        using var reader = new BinaryReader(_stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            while (_stream.Position < end)
            {
                var row = reader.ReadInt32();
                var text = reader.ReadString();
                yield return (row, text);
            }
        }
        finally
        {
            _stream.Position = end;
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _stream?.Dispose();
        _writer = null;
        _stream = null;
    }
}
