using System.Globalization;
using System.Xml;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Streams the rows of a workbook's first worksheet straight from the zip with one <see cref="XmlReader"/>: the
/// shared strings are held in memory, the sheet never is. Rows and cells come out as MiniExcel gave them to the import
/// before: a row missing from the sheet (Excel leaves out empty rows) comes out empty, so the n-th row is row n in Excel;
/// a cell missing from a row is null; every row is as wide as the sheet's dimension (or, in a sheet without one, as the
/// widest row so far), or wider when a cell lies beyond it. Cell values become text by <see cref="ExcelCellText"/>.
/// Faults are exceptions; <see cref="XlsxRowReader"/> turns them into "not a readable xlsx".</summary>
internal sealed class XlsxSheetReader : IDisposable
{
    /// <summary>Excel's limits: a row or column beyond them is not from a real workbook, and would allocate without end.</summary>
    private const int MaxRows = 1_048_576;
    private const int MaxColumns = 16_384;

    private readonly XlsxPackage _package;
    private readonly XlsxNames _names = new();
    private readonly XmlReader _reader;
    private readonly string[] _sharedStrings;
    private XlsxStyles? _styles;

    /// <summary>Width from the dimension element, 0 without one.</summary>
    private readonly int _dimensionWidth;

    /// <summary>The widest row so far, for sheets without a dimension.</summary>
    private int _widest;

    private readonly int _rowDepth;
    private bool _done;
    private int _number;
    private int _lastIndex = -1;
    private int _gap;
    private string?[]? _pendingCells;
    private List<int>? _pendingLost;

    private string?[] _scratch = new string?[32];

    private XlsxSheetReader(XlsxPackage package)
    {
        _package = package;
        _sharedStrings = LoadSharedStrings(package, _names);
        _reader = XlsxPackage.OpenXml(package.Sheet, _names.Settings(ignoreWhitespace: true));
        try
        {
            (_dimensionWidth, _rowDepth, _done) = MoveToRows();
        }
        catch
        {
            _reader.Dispose();
            throw;
        }
    }

    public static XlsxSheetReader Open(string path)
    {
        var package = new XlsxPackage(path);
        try
        {
            return new XlsxSheetReader(package);
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _package.Dispose();
    }

    /// <summary>The next row, or null after the last.</summary>
    public RawRow? Next()
    {
        if (_gap > 0)
        {
            _gap--;
            return new RawRow(++_number, new string?[Width(0)]);
        }

        if (_pendingCells is { } pending)
        {
            _pendingCells = null;
            return new RawRow(++_number, pending, _pendingLost);
        }

        if (_done || !ReadRow(out var index, out var cells, out var lost))
        {
            _done = true;
            return null;
        }

        // Rows the sheet leaves out, between the previous row and this one (or before the first), come out empty.
        var expected = _lastIndex + 1;
        _lastIndex = index;
        if (index > expected)
        {
            _gap = index - expected - 1;
            _pendingCells = cells;
            _pendingLost = lost;
            return new RawRow(++_number, new string?[Width(0)]);
        }

        return new RawRow(++_number, cells, lost);
    }

    private static string[] LoadSharedStrings(XlsxPackage package, XlsxNames names)
    {
        if (package.SharedStrings is not { } entry)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = XlsxPackage.OpenXml(entry, names.Settings(ignoreWhitespace: false));
        if (reader.MoveToContent() != XmlNodeType.Element || !names.Is(reader, names.Sst) || reader.IsEmptyElement)
        {
            return [];
        }

        var depth = reader.Depth;
        XlsxText.Next(reader);
        while (!XlsxText.IsEnd(reader, depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                XlsxText.Next(reader);
            }
            else if (names.Is(reader, names.Si))
            {
                strings.Add(XlsxText.Decode(XlsxText.ReadStringItem(reader, names)));
            }
            else
            {
                reader.Skip();
            }
        }

        return [.. strings];
    }

    /// <summary>Reads up to the first child of sheetData, noting the dimension on the way. Returns the dimension's width
    /// (0 without one), the depth of the rows, and whether there are no rows at all.</summary>
    private (int Width, int RowDepth, bool Empty) MoveToRows()
    {
        var reader = _reader;
        if (reader.MoveToContent() != XmlNodeType.Element || !_names.Is(reader, _names.Worksheet) || reader.IsEmptyElement)
        {
            return (0, 0, true);
        }

        var depth = reader.Depth;
        var width = 0;
        XlsxText.Next(reader);
        while (!XlsxText.IsEnd(reader, depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                XlsxText.Next(reader);
            }
            else if (_names.Is(reader, _names.Dimension))
            {
                width = DimensionWidth(reader.GetAttribute(_names.Ref));
                reader.Skip();
            }
            else if (_names.Is(reader, _names.SheetData))
            {
                if (reader.IsEmptyElement)
                {
                    return (width, 0, true);
                }

                var rowDepth = reader.Depth + 1;
                XlsxText.Next(reader);
                return (width, rowDepth, false);
            }
            else
            {
                reader.Skip();
            }
        }

        return (width, 0, true);
    }

    /// <summary>"A1:I100" → 9; "C5" → 3; 0 when unreadable (then rows are as wide as the widest so far).</summary>
    private static int DimensionWidth(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return 0;
        }

        var parts = reference.Split(':');
        var column = ColumnOf(parts.Length == 2 ? parts[1] : parts[0]);
        return column is >= 0 and < MaxColumns ? column + 1 : 0;
    }

    private int Width(int extent)
    {
        if (_dimensionWidth > 0)
        {
            return Math.Max(_dimensionWidth, extent);
        }

        _widest = Math.Max(_widest, extent);
        return _widest;
    }

    /// <summary>Reads the next &lt;row&gt; of sheetData: its 0-based index and its cells. False at the end of sheetData.</summary>
    private bool ReadRow(out int index, out string?[] cells, out List<int>? lost)
    {
        var reader = _reader;
        index = 0;
        cells = [];
        lost = null;
        while (true)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (_names.Is(reader, _names.Row))
                {
                    break;
                }

                reader.Skip();
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth < _rowDepth)
            {
                return false; // the end of sheetData; what follows it is not read
            }
            else
            {
                XlsxText.Next(reader);
            }
        }

        index = RowIndex(reader.GetAttribute(_names.R));
        var extent = 0;
        if (reader.IsEmptyElement)
        {
            XlsxText.Next(reader);
        }
        else
        {
            XlsxText.Next(reader);
            var column = -1;
            while (!XlsxText.IsEnd(reader, _rowDepth))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    XlsxText.Next(reader);
                }
                else if (_names.Is(reader, _names.C))
                {
                    column = ReadCell(column, ref lost);
                    extent = Math.Max(extent, column + 1);
                }
                else
                {
                    reader.Skip();
                }
            }

            XlsxText.Next(reader);
        }

        cells = new string?[Width(extent)];
        Array.Copy(_scratch, cells, extent);
        Array.Clear(_scratch, 0, extent);
        return true;
    }

    /// <summary>The row's r attribute, 0-based; a row without one follows the previous row.</summary>
    private int RowIndex(string? r)
    {
        if (string.IsNullOrEmpty(r))
        {
            return _lastIndex + 1;
        }

        var row = 0;
        foreach (var c in r)
        {
            if (c is < '0' or > '9')
            {
                return _lastIndex + 1;
            }

            row = (row * 10) + (c - '0');
            if (row > MaxRows)
            {
                throw new InvalidDataException("A row beyond the last row of a worksheet.");
            }
        }

        return row == 0 ? _lastIndex + 1 : row - 1;
    }

    /// <summary>Reads one &lt;c&gt; into the scratch row; returns its column. The reader ends after the element.</summary>
    private int ReadCell(int previous, ref List<int>? lost)
    {
        var reader = _reader;
        string? reference = null;
        string? type = null;
        string? style = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var name = reader.LocalName;
                if (reader.NamespaceURI.Length > 0)
                {
                    continue;
                }

                if (ReferenceEquals(name, _names.R))
                {
                    reference = reader.Value;
                }
                else if (ReferenceEquals(name, _names.T))
                {
                    type = reader.Value;
                }
                else if (ReferenceEquals(name, _names.S))
                {
                    style = reader.Value;
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        var column = reference is null ? previous + 1 : ColumnOf(reference);
        if (column < 0)
        {
            column = previous + 1; // an unreadable reference: the next column
        }

        if (column >= MaxColumns)
        {
            throw new InvalidDataException("A cell beyond the last column of a worksheet.");
        }

        // The last non-empty <v> or <is> is the value; <f> (the formula) and anything else are skipped.
        string? raw = null;
        if (reader.IsEmptyElement)
        {
            XlsxText.Next(reader);
        }
        else
        {
            var depth = reader.Depth;
            XlsxText.Next(reader);
            while (!XlsxText.IsEnd(reader, depth))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    XlsxText.Next(reader);
                }
                else if (_names.Is(reader, _names.V))
                {
                    var value = reader.ReadElementContentAsString();
                    raw = value.Length > 0 ? value : raw;
                }
                else if (_names.Is(reader, _names.InlineString))
                {
                    var value = XlsxText.ReadStringItem(reader, _names);
                    raw = value.Length > 0 ? value : raw;
                }
                else
                {
                    reader.Skip();
                }
            }

            XlsxText.Next(reader);
        }

        if (column >= _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Min(Math.Max(_scratch.Length * 2, column + 1), MaxColumns));
        }

        string? text = null;
        lost?.Remove(column); // a second cell at the same place replaces the first
        if (raw is not null)
        {
            text = CellText(raw, type, style, out var lostPrecision);
            if (lostPrecision)
            {
                (lost ??= []).Add(column);
            }
        }

        _scratch[column] = text;
        return column;
    }

    /// <summary>A cell's value as text: first by its type (t), as MiniExcel typed it, then by its style's number format
    /// (dates and times), then printed as <see cref="ExcelCellText"/> prints each type.</summary>
    private string? CellText(string raw, string? type, string? style, out bool lostPrecision)
    {
        lostPrecision = false;
        var format = string.IsNullOrEmpty(style) ? XlsxValueFormat.None : StyleFormat(style);
        switch (type)
        {
            case "s":
                var text = int.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _sharedStrings.Length
                    ? _sharedStrings[index]
                    : null;
                return format == XlsxValueFormat.None ? text : FormatText(text, format);
            case "inlineStr" or "str":
                return format == XlsxValueFormat.None ? XlsxText.Decode(raw) : FormatText(XlsxText.Decode(raw), format);
            case "b":
                return ExcelCellText.Boolean(raw == "1");
            case "d":
                return DateTime.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out var date)
                    ? ExcelCellText.Date(date)
                    : format == XlsxValueFormat.None ? raw : FormatText(raw, format);
            case "e":
                return format == XlsxValueFormat.None ? raw : FormatText(raw, format);
            default:
                if (format == XlsxValueFormat.None && ExcelCellText.IsPlainInteger(raw))
                {
                    return raw; // what the number prints as, without parsing and printing it
                }

                if (!double.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var number))
                {
                    return format == XlsxValueFormat.None ? raw : FormatText(raw, format);
                }

                return format switch
                {
                    XlsxValueFormat.Date when ExcelCellText.IsOaDate(number) => ExcelCellText.Date(DateTime.FromOADate(number)),
                    XlsxValueFormat.Time => ExcelCellText.Time(TimeSpan.FromDays(number)),
                    _ => ExcelCellText.Number(number, out lostPrecision),
                };
        }
    }

    /// <summary>MiniExcel applied a date or time format to any value whose text reads as a number in the current culture,
    /// text cells included.</summary>
    private static string? FormatText(string? text, XlsxValueFormat format)
    {
        if (!double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.CurrentCulture, out var number))
        {
            return text;
        }

        return format switch
        {
            XlsxValueFormat.Date => ExcelCellText.IsOaDate(number) ? ExcelCellText.Date(DateTime.FromOADate(number)) : text,
            _ => ExcelCellText.Time(TimeSpan.FromDays(number)),
        };
    }

    private XlsxValueFormat StyleFormat(string style)
    {
        var xf = 0;
        foreach (var c in style)
        {
            if (c is < '0' or > '9' || xf > 100_000_000)
            {
                xf = int.TryParse(style, NumberStyles.Any, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
                break;
            }

            xf = (xf * 10) + (c - '0');
        }

        _styles ??= XlsxStyles.Load(_package.Styles, _names);
        return _styles.Of(xf);
    }

    /// <summary>"A1" → 0, "ab12" → 27: letters, then a row number above 0; -1 when the reference is not one.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length; i++)
        {
            var c = reference[i];
            if (c is >= 'a' and <= 'z')
            {
                c = (char)(c - 'a' + 'A');
            }

            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
            if (column > MaxColumns)
            {
                return MaxColumns;
            }
        }

        if (i == 0 || i == reference.Length)
        {
            return -1;
        }

        var nonZero = false;
        for (var j = i; j < reference.Length; j++)
        {
            if (reference[j] is < '0' or > '9')
            {
                return -1;
            }

            nonZero |= reference[j] != '0';
        }

        return nonZero ? column - 1 : -1;
    }
}
