using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>What a cell's number format makes of its number.</summary>
internal enum XlsxValueFormat : byte
{
    /// <summary>The value as stored.</summary>
    None,

    /// <summary>An OLE Automation date (a date format).</summary>
    Date,

    /// <summary>A number of days shown as a time (built-in time formats).</summary>
    Time,
}

/// <summary>The number format of each cell style (cellXfs) in xl/styles.xml, reduced to what the reader converts: the same
/// built-in ids and the same reading of custom format codes as MiniExcel, whose values the import used to get.</summary>
internal sealed class XlsxStyles
{
    private readonly XlsxValueFormat[] _formats;

    private XlsxStyles(XlsxValueFormat[] formats) => _formats = formats;

    public static XlsxStyles Empty { get; } = new([]);

    /// <summary>The conversion of cell style <paramref name="xf"/> (the s attribute); None for an unknown style.</summary>
    public XlsxValueFormat Of(int xf) => (uint)xf < (uint)_formats.Length ? _formats[xf] : XlsxValueFormat.None;

    public static XlsxStyles Load(ZipArchiveEntry? entry, XlsxNames names)
    {
        if (entry is null)
        {
            return Empty;
        }

        var xfFormatIds = new List<int>();
        var custom = new Dictionary<int, string?>();
        using (var reader = XlsxPackage.OpenXml(entry, names.Settings(ignoreWhitespace: true)))
        {
            if (reader.MoveToContent() != XmlNodeType.Element || !names.Is(reader, names.StyleSheet) || reader.IsEmptyElement)
            {
                return Empty;
            }

            var depth = reader.Depth;
            XlsxText.Next(reader);
            while (!XlsxText.IsEnd(reader, depth))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    XlsxText.Next(reader);
                }
                else if (names.Is(reader, names.CellXfs))
                {
                    ReadChildren(reader, names, names.Xf, r => xfFormatIds.Add(FormatId(r, names)));
                }
                else if (names.Is(reader, names.NumFmts))
                {
                    ReadChildren(reader, names, names.NumFmt, r => custom.TryAdd(FormatId(r, names), r.GetAttribute(names.FormatCode)));
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        var formats = new XlsxValueFormat[xfFormatIds.Count];
        for (var i = 0; i < formats.Length; i++)
        {
            formats[i] = FormatOf(xfFormatIds[i], custom);
        }

        return new XlsxStyles(formats);
    }

    /// <summary>Built-in ids first (MiniExcel's table: 14–16, 22 and 58 are dates, 18–21 and 45–47 times, the other
    /// listed ids plain), then the workbook's own formats, which are dates when their code has a date section.</summary>
    private static XlsxValueFormat FormatOf(int id, Dictionary<int, string?> custom) => id switch
    {
        14 or 15 or 16 or 22 or 58 => XlsxValueFormat.Date,
        18 or 19 or 20 or 21 or 45 or 46 or 47 => XlsxValueFormat.Time,
        (>= 0 and <= 13) or 17 or (>= 37 and <= 44) or 48 or 49 => XlsxValueFormat.None,
        _ => custom.TryGetValue(id, out var code) && XlsxNumberFormat.IsDateTime(code) ? XlsxValueFormat.Date : XlsxValueFormat.None,
    };

    private static int FormatId(XmlReader reader, XlsxNames names) =>
        int.TryParse(reader.GetAttribute(names.NumFmtId), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>Calls <paramref name="read"/> on each <paramref name="child"/> element of the current element, in order.</summary>
    private static void ReadChildren(XmlReader reader, XlsxNames names, string child, Action<XmlReader> read)
    {
        if (reader.IsEmptyElement)
        {
            XlsxText.Next(reader);
            return;
        }

        var depth = reader.Depth;
        XlsxText.Next(reader);
        while (!XlsxText.IsEnd(reader, depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                XlsxText.Next(reader);
                continue;
            }

            if (names.Is(reader, child))
            {
                read(reader);
            }

            reader.Skip();
        }

        XlsxText.Next(reader);
    }
}
