using System.IO.Compression;
using System.Xml;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>An xlsx file opened as the zip it is, with the parts the row reader needs: the first worksheet (found through
/// xl/workbook.xml and its relationships, whatever the part is called), the shared strings and the styles. Every part is
/// opened through a size guard, so a zip bomb is refused before it is inflated and cannot inflate past what it declares.
/// Any fault is an exception; the caller turns it into "not a readable xlsx".</summary>
internal sealed class XlsxPackage : IDisposable
{
    /// <summary>No part of a workbook a school uploads comes near this; 1,048,576 rows of 9 columns are about 500 MB.</summary>
    public const long MaxPartLength = 1L << 30;

    /// <summary>Parts smaller than this are not checked for their ratio: inflating them is harmless whatever it is.</summary>
    public const long RatioCheckedFrom = 16L << 20;

    /// <summary>Spreadsheet XML deflates 5–20 to 1; a part that inflates 200 times its stored size is built to do so.</summary>
    public const int MaxCompressionRatio = 200;

    private const string WorkbookPart = "xl/workbook.xml";
    private const string WorkbookRelsPart = "xl/_rels/workbook.xml.rels";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A workbook has a few dozen parts (a sheet, its relationships, styles, a part per image or chart); a zip of
    /// millions of empty entries would cost gigabytes of memory just to list.</summary>
    public const int MaxParts = 10_000;

    public XlsxPackage(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        try
        {
            if (ZipDirectory.DeclaredEntries(stream) is > MaxParts and var count)
            {
                throw new XlsxTooManyPartsException(count);
            }

            stream.Position = 0;
            _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        foreach (var entry in _zip.Entries)
        {
            _entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        }

        ResolveParts();
    }

    public ZipArchiveEntry Sheet { get; private set; } = null!;

    public ZipArchiveEntry? SharedStrings { get; private set; }

    public ZipArchiveEntry? Styles { get; private set; }

    public void Dispose() => _zip.Dispose();

    /// <summary>An XML reader over a part, after the size guard.</summary>
    public static XmlReader OpenXml(ZipArchiveEntry entry, XmlReaderSettings settings) =>
        XmlReader.Create(OpenGuarded(entry), settings);

    /// <summary>Refuses a part that declares more than <see cref="MaxPartLength"/>, or a large part that declares more than
    /// <see cref="MaxCompressionRatio"/> times its compressed size; the stream then refuses to yield more than declared, so
    /// a part that lies about its size fails as well.</summary>
    public static Stream OpenGuarded(ZipArchiveEntry entry)
    {
        var length = entry.Length;
        if (length > MaxPartLength || (length > RatioCheckedFrom && length / MaxCompressionRatio > entry.CompressedLength))
        {
            throw new XlsxPartTooLargeException(entry.FullName, length, entry.CompressedLength);
        }

        return new LimitedStream(entry.Open(), length);
    }

    private ZipArchiveEntry? Entry(string name) => _entries.GetValueOrDefault(name);

    private void ResolveParts()
    {
        var workbook = Entry(WorkbookPart);
        var rels = Entry(WorkbookRelsPart);
        if (workbook is null || rels is null)
        {
            // No workbook to ask: a workbook with a single sheet part is still read (MiniExcel did the same).
            var sheets = _entries.Where(e => e.Key.StartsWith("xl/worksheets/sheet", StringComparison.OrdinalIgnoreCase)).ToList();
            Sheet = sheets.Count == 1 ? sheets[0].Value : throw new InvalidDataException("No worksheet.");
            SharedStrings = Entry("xl/sharedStrings.xml");
            Styles = Entry("xl/styles.xml");
            return;
        }

        var relationships = ReadRelationships(rels);
        foreach (var id in ReadSheetIds(workbook))
        {
            if (relationships.TryGetValue(id, out var rel) && rel.Type.EndsWith("/worksheet", StringComparison.Ordinal)
                && Entry(Resolve(rel.Target)) is { } sheet)
            {
                Sheet = sheet;
                break;
            }
        }

        if (Sheet is null)
        {
            throw new InvalidDataException("No worksheet.");
        }

        SharedStrings = PartOfType(relationships, "/sharedStrings") ?? Entry("xl/sharedStrings.xml");
        Styles = PartOfType(relationships, "/styles") ?? Entry("xl/styles.xml");
    }

    private ZipArchiveEntry? PartOfType(Dictionary<string, (string Type, string Target)> relationships, string typeSuffix)
    {
        foreach (var (type, target) in relationships.Values)
        {
            if (type.EndsWith(typeSuffix, StringComparison.Ordinal) && Entry(Resolve(target)) is { } entry)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The r:id of every sheet in the workbook, in tab order.</summary>
    private static List<string> ReadSheetIds(ZipArchiveEntry workbook)
    {
        var names = new XlsxNames();
        var ids = new List<string>();
        using var reader = OpenXml(workbook, names.Settings(ignoreWhitespace: true));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && names.Is(reader, names.Sheet))
            {
                var id = reader.GetAttribute("id", XlsxNames.RelationshipNs) ?? reader.GetAttribute("id", XlsxNames.StrictRelationshipNs);
                if (id is not null)
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    private static Dictionary<string, (string Type, string Target)> ReadRelationships(ZipArchiveEntry rels)
    {
        var found = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var reader = OpenXml(rels, new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == RelationshipsNs
                && reader.GetAttribute("TargetMode") is not "External"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
            {
                found.TryAdd(id, (reader.GetAttribute("Type") ?? "", target));
            }
        }

        return found;
    }

    /// <summary>A relationship target of the workbook part as a zip entry name: relative to xl/, or absolute.</summary>
    private static string Resolve(string target)
    {
        var path = target.Replace('\\', '/');
        path = path.StartsWith('/') ? path[1..] : "xl/" + path;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return Uri.UnescapeDataString(string.Join('/', segments));
    }

    /// <summary>Passes at most the declared length through; more is a lie about the size, and an error.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

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

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new InvalidDataException("The workbook part is longer than it declares.") : read;
        }
    }
}

/// <summary>A part declares more than the reader inflates: refused from the zip directory, before a byte is inflated.</summary>
internal sealed class XlsxPartTooLargeException(string part, long declared, long compressed) : IOException("The workbook part inflates too far.")
{
    public string Part { get; } = part;

    public long Declared { get; } = declared;

    public long Compressed { get; } = compressed;
}

/// <summary>The zip's directory lists more entries than a workbook has: refused before the entries are read.</summary>
internal sealed class XlsxTooManyPartsException(long count) : IOException("Too many parts.")
{
    public long Count { get; } = count;
}

/// <summary>The entry count a zip's end-of-central-directory record declares (the zip64 one when the plain one is full),
/// read from the file's last 64 KiB; null when there is none (the zip reader then refuses the file itself).</summary>
internal static class ZipDirectory
{
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    public static long? DeclaredEntries(Stream stream)
    {
        var tail = (int)Math.Min(stream.Length, EndRecordLength + MaxCommentLength);
        if (tail < EndRecordLength)
        {
            return null;
        }

        var buffer = new byte[tail];
        stream.Position = stream.Length - tail;
        stream.ReadExactly(buffer);
        for (var at = tail - EndRecordLength; at >= 0; at--)
        {
            if (buffer[at] != 0x50 || buffer[at + 1] != 0x4B || buffer[at + 2] != 0x05 || buffer[at + 3] != 0x06)
            {
                continue;
            }

            long entries = BitConverter.ToUInt16(buffer, at + 10);
            return entries == ushort.MaxValue && Zip64Entries(stream, stream.Length - tail + at) is { } zip64 ? zip64 : entries;
        }

        return null;
    }

    /// <summary>The zip64 record's entry count, through the locator just before the end record.</summary>
    private static long? Zip64Entries(Stream stream, long endRecord)
    {
        if (endRecord < 20)
        {
            return null;
        }

        var locator = new byte[20];
        stream.Position = endRecord - 20;
        stream.ReadExactly(locator);
        if (BitConverter.ToUInt32(locator, 0) != 0x07064B50)
        {
            return null;
        }

        var offset = BitConverter.ToInt64(locator, 8);
        if (offset < 0 || offset > stream.Length - 56)
        {
            return null;
        }

        var record = new byte[56];
        stream.Position = offset;
        stream.ReadExactly(record);
        return BitConverter.ToUInt32(record, 0) == 0x06064B50 ? (long)Math.Min(BitConverter.ToUInt64(record, 32), long.MaxValue) : null;
    }
}
