using System.Globalization;

namespace Zmd.Vocational.Cli;

/// <summary>A read-only stream that draws a progress bar of the bytes read so far on a console writer.</summary>
internal sealed class ProgressStream(Stream inner, long length, TextWriter output) : Stream
{
    private long _read;
    private int _lastPercent = -1;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Report(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Report(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Report(int count)
    {
        _read += count;
        var percent = length == 0 ? 100 : (int)(_read * 100 / length);
        if (percent != _lastPercent)
        {
            _lastPercent = percent;
            var bar = new string('█', percent / 5).PadRight(20, '░');
            output.Write(string.Create(CultureInfo.InvariantCulture, $"\r读取 / reading [{bar}] {percent,3}%  {_read / 1048576.0:0.0} MB"));
        }

        return count;
    }
}
