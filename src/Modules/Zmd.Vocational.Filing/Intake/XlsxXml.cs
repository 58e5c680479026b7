using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>The SpreadsheetML names, atomized in one name table so that a reader's element names compare by reference.
/// Both the transitional and the strict namespace are accepted.</summary>
internal sealed class XlsxNames
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string StrictNs = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    public const string RelationshipNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string StrictRelationshipNs = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private readonly NameTable _table = new();
    private readonly string _main;
    private readonly string _strict;

    public XlsxNames()
    {
        _main = _table.Add(MainNs);
        _strict = _table.Add(StrictNs);
        Worksheet = _table.Add("worksheet");
        Dimension = _table.Add("dimension");
        SheetData = _table.Add("sheetData");
        Row = _table.Add("row");
        C = _table.Add("c");
        V = _table.Add("v");
        InlineString = _table.Add("is");
        T = _table.Add("t");
        R = _table.Add("r");
        S = _table.Add("s");
        Ref = _table.Add("ref");
        Sst = _table.Add("sst");
        Si = _table.Add("si");
        Sheet = _table.Add("sheet");
        StyleSheet = _table.Add("styleSheet");
        NumFmts = _table.Add("numFmts");
        NumFmt = _table.Add("numFmt");
        CellXfs = _table.Add("cellXfs");
        Xf = _table.Add("xf");
        NumFmtId = _table.Add("numFmtId");
        FormatCode = _table.Add("formatCode");
    }

    public string Worksheet { get; }

    public string Dimension { get; }

    public string SheetData { get; }

    public string Row { get; }

    public string C { get; }

    public string V { get; }

    public string InlineString { get; }

    public string T { get; }

    public string R { get; }

    public string S { get; }

    public string Ref { get; }

    public string Sst { get; }

    public string Si { get; }

    public string Sheet { get; }

    public string StyleSheet { get; }

    public string NumFmts { get; }

    public string NumFmt { get; }

    public string CellXfs { get; }

    public string Xf { get; }

    public string NumFmtId { get; }

    public string FormatCode { get; }

    /// <summary>As MiniExcel read the parts: no DTD (so no entity expansion), no resolver, comments skipped. The worksheet
    /// and styles skip whitespace-only text (kept where xml:space="preserve" says so); the shared strings keep it.</summary>
    public XmlReaderSettings Settings(bool ignoreWhitespace) => new()
    {
        NameTable = _table,
        IgnoreComments = true,
        IgnoreWhitespace = ignoreWhitespace,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = true,
    };

    /// <summary>The reader is on an element <paramref name="localName"/> (an atom of this table) of SpreadsheetML.</summary>
    public bool Is(XmlReader reader, string localName)
    {
        if (!ReferenceEquals(reader.LocalName, localName))
        {
            return false;
        }

        var ns = reader.NamespaceURI;
        return ReferenceEquals(ns, _main) || ReferenceEquals(ns, _strict);
    }
}

/// <summary>Text as Excel stores it in cells: rich text runs joined, and the _xHHHH_ escapes of characters XML cannot
/// carry decoded (the upper-case _XHHHH_ is left as is), exactly as MiniExcel decoded them.</summary>
internal static partial class XlsxText
{
    /// <summary>The text of an &lt;si&gt; or &lt;is&gt;: its own &lt;t&gt; and the &lt;t&gt; of its &lt;r&gt; runs, in order;
    /// phonetic runs (&lt;rPh&gt;) and anything else are left out. The reader ends after the element.</summary>
    public static string ReadStringItem(XmlReader reader, XlsxNames names)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        string? single = null;
        StringBuilder? joined = null;
        Next(reader);
        while (!IsEnd(reader, depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                Next(reader);
            }
            else if (names.Is(reader, names.T))
            {
                Append(ref single, ref joined, reader.ReadElementContentAsString());
            }
            else if (names.Is(reader, names.R) && !reader.IsEmptyElement)
            {
                var runDepth = reader.Depth;
                Next(reader);
                while (!IsEnd(reader, runDepth))
                {
                    if (reader.NodeType == XmlNodeType.Element && names.Is(reader, names.T))
                    {
                        Append(ref single, ref joined, reader.ReadElementContentAsString());
                    }
                    else if (reader.NodeType == XmlNodeType.Element)
                    {
                        reader.Skip();
                    }
                    else
                    {
                        Next(reader);
                    }
                }

                Next(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        Next(reader);
        return joined?.ToString() ?? single ?? "";
    }

    /// <summary>Decodes _xHHHH_ escapes, as MiniExcel's XmlEncoder.DecodeString did (null and "" become "").</summary>
    public static string Decode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!text.Contains('_', StringComparison.Ordinal))
        {
            return text;
        }

        return XmlConvert.DecodeName(UppercaseEscape().Replace(text, "_x005F_$1_"));
    }

    /// <summary>The reader is at the end of the element that started at <paramref name="depth"/>.</summary>
    public static bool IsEnd(XmlReader reader, int depth) => reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth;

    /// <summary>Reads on; the end of the document inside an element is a truncated part.</summary>
    public static void Next(XmlReader reader)
    {
        if (!reader.Read())
        {
            throw new InvalidDataException("The workbook part ends too early.");
        }
    }

    private static void Append(ref string? single, ref StringBuilder? joined, string text)
    {
        if (joined is not null)
        {
            joined.Append(text);
        }
        else if (single is null)
        {
            single = text;
        }
        else
        {
            joined = new StringBuilder(single).Append(text);
        }
    }

    [GeneratedRegex("_(X[\\dA-Fa-f]{4})_")]
    private static partial Regex UppercaseEscape();
}
