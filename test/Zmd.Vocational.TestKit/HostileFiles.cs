using System.IO.Compression;
using System.Security;
using System.Text;

namespace Zmd.Vocational.TestKit;

/// <summary>The hostile-input corpus: bad files built in code, deterministically, from a good roster's rows (so each
/// differs from a valid upload by exactly the fault it carries). The unit tests (Zmd.Vocational.FilingTests, which link
/// this file) read them with the readers; the integration tests upload them to the real host. test/Zmd.Vocational.IntegrationTests/Hostile/README.md
/// lists every case and what must happen to it.</summary>
public static class HostileFiles
{
    static HostileFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>CSV text as Excel writes it: every field quoted, quotes doubled, CRLF.</summary>
    public static string Csv(IEnumerable<IReadOnlyList<string?>> rows) =>
        string.Concat(rows.Select(r => string.Join(",", r.Select(v => "\"" + (v ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n"));

    // ---- encodings ------------------------------------------------------------------------------------------------

    public static byte[] Utf16(string text, bool bigEndian, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: bom);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    /// <summary>Traditional Chinese (Taiwan, Hong Kong): valid as neither UTF-8 nor, mostly, GB18030.</summary>
    public static byte[] Big5(string text) => Encoding.GetEncoding("big5").GetBytes(text);

    public static byte[] ShiftJis(string text) => Encoding.GetEncoding("shift_jis").GetBytes(text);

    /// <summary>Latin-1: Chinese characters become "?", and é (0xE9) followed by a comma is no GB18030 character.</summary>
    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>UTF-8 with <paramref name="bad"/> (0xFF, 0xC0 0x80 …: never valid UTF-8) put in place of the first
    /// occurrence of <paramref name="marker"/>.</summary>
    public static byte[] Utf8WithBytes(string text, string marker, byte[] bad)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. bad, .. Encoding.UTF8.GetBytes(text[(at + marker.Length)..])];
    }

    /// <summary>The first <paramref name="utf8Lines"/> lines in UTF-8, the rest in GB18030: two files pasted together.</summary>
    public static byte[] MixedUtf8ThenGb18030(string text, int utf8Lines)
    {
        var lines = text.Split('\n');
        var head = string.Join('\n', lines.Take(utf8Lines)) + "\n";
        var tail = string.Join('\n', lines.Skip(utf8Lines));
        return [.. Encoding.UTF8.GetBytes(head), .. Encoding.GetEncoding("GB18030").GetBytes(tail)];
    }

    // ---- workbooks --------------------------------------------------------------------------------------------------

    /// <summary>A minimal valid workbook with the rows as inline strings (numbers where a cell is "=n", a formula with
    /// its cached value where a cell is "=FORMULA|cached").</summary>
    public static byte[] Xlsx(IEnumerable<IReadOnlyList<string?>> rows) => Zip(WorkbookParts(SheetXml(rows)));

    /// <summary>The first <paramref name="length"/> bytes of <paramref name="file"/>.</summary>
    public static byte[] Truncated(byte[] file, int length) => file[..length];

    /// <summary>The sheet part's stored bytes changed: its CRC no longer matches (or its deflate stream breaks).</summary>
    public static byte[] BadCrc(byte[] workbook)
    {
        var bytes = (byte[])workbook.Clone();
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04
                && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                var data = i + 30 + name.Length + BitConverter.ToUInt16(bytes, i + 28);
                var compressed = BitConverter.ToInt32(bytes, i + 18);
                for (var j = data + (compressed / 3); j < data + (compressed * 2 / 3); j += 7)
                {
                    bytes[j] ^= 0x5A;
                }

                return bytes;
            }
        }

        throw new InvalidOperationException("No sheet part.");
    }

    /// <summary>A zip with content types and relationships but no workbook and no worksheet.</summary>
    public static byte[] ZipWithoutWorkbook() => Zip(WorkbookParts(null).Where(p => !p.Name.StartsWith("xl/", StringComparison.Ordinal)));

    /// <summary>A Word document (a zip as well) named .xlsx.</summary>
    public static byte[] Docx() => Zip(
    [
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>学号,姓名</w:t></w:r></w:p></w:body></w:document>"""),
    ]);

    /// <summary>What Excel saves when a workbook has a password: not a zip but an OLE compound file (CFB) holding
    /// EncryptionInfo and EncryptedPackage streams. The header is the real one; the sectors are filler.</summary>
    public static byte[] EncryptedWorkbook()
    {
        var bytes = new byte[4096];
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        header.CopyTo(bytes, 0);
        bytes[0x18] = 0x3E; // minor version
        bytes[0x1A] = 0x03; // major version 3
        bytes[0x1C] = 0xFE; // byte order FFFE
        bytes[0x1D] = 0xFF;
        bytes[0x1E] = 0x09; // sector shift: 512-byte sectors
        var names = Encoding.Unicode.GetBytes("EncryptionInfo\0EncryptedPackage\0");
        names.CopyTo(bytes, 1024);
        for (var i = 2048; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 31 % 251);
        }

        return bytes;
    }

    /// <summary>A real 1×1 PNG image.</summary>
    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A workbook whose sheet has no rows at all.</summary>
    public static byte[] EmptySheet() => Zip(WorkbookParts(SheetXml([])));

    /// <summary>A sheet part of <paramref name="megabytes"/> MB of one repeated byte, deflated (about 1,000 to 1): it
    /// declares its true size, and a reader that inflated it would spend seconds and the memory of whatever it kept.</summary>
    public static byte[] Bomb(int megabytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in WorkbookParts(null))
            {
                Add(zip, name, xml);
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"""u8);
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)'A');
            for (var i = 0; i < megabytes; i++)
            {
                sheet.Write(block);
            }

            sheet.Write("</t></is></c></row></sheetData></worksheet>"u8);
        }

        return output.ToArray();
    }

    /// <summary>A valid workbook whose sheet part's directory records claim it inflates to 100 bytes (it is larger).</summary>
    public static byte[] LyingSize(IEnumerable<IReadOnlyList<string?>> rows)
    {
        var bytes = Xlsx(rows);
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4B)
            {
                continue;
            }

            if (bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 100u); // central directory: uncompressed size
                patched++;
            }
            else if (bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), 100u); // local header: uncompressed size
                patched++;
            }
        }

        return patched == 2 ? bytes : throw new InvalidOperationException("Sheet part not found.");
    }

    /// <summary>A valid workbook plus <paramref name="count"/> empty entries (a zip directory that costs memory to list).</summary>
    public static byte[] ManyEntries(IEnumerable<IReadOnlyList<string?>> rows, int count)
    {
        var parts = WorkbookParts(SheetXml(rows)).ToList();
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                Add(zip, name, xml);
            }

            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry("x/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), CompressionLevel.NoCompression);
            }
        }

        return output.ToArray();
    }

    /// <summary>A zip whose only content is another workbook (a zip in a zip).</summary>
    public static byte[] Nested(byte[] inner)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            entry.Write(inner);
        }

        return output.ToArray();
    }

    // ---- building blocks ------------------------------------------------------------------------------------------

    private static string SheetXml(IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var r = 0;
        foreach (var row in rows)
        {
            r++;
            sb.Append("<row r=\"").Append(r).Append("\">");
            for (var c = 0; c < row.Count; c++)
            {
                if (row[c] is not { } value)
                {
                    continue;
                }

                var reference = ColumnName(c) + r.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (value.StartsWith("=FORMULA:", StringComparison.Ordinal))
                {
                    // "=FORMULA:SUM(A1:A2)|3": the formula and the value Excel cached for it ("" = none cached).
                    var parts = value["=FORMULA:".Length..].Split('|');
                    sb.Append("<c r=\"").Append(reference).Append("\" t=\"str\"><f>").Append(SecurityElement.Escape(parts[0])).Append("</f>");
                    if (parts[1].Length > 0)
                    {
                        sb.Append("<v>").Append(SecurityElement.Escape(parts[1])).Append("</v>");
                    }

                    sb.Append("</c>");
                }
                else if (value.StartsWith('=') && double.TryParse(value[1..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    sb.Append("<c r=\"").Append(reference).Append("\"><v>").Append(value[1..]).Append("</v></c>");
                }
                else
                {
                    sb.Append("<c r=\"").Append(reference).Append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").Append(SecurityElement.Escape(value)).Append("</t></is></c>");
                }
            }

            sb.Append("</row>");
        }

        return sb.Append("</sheetData></worksheet>").ToString();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Content types, relationships and the workbook; the sheet part when <paramref name="sheet"/> is given.</summary>
    private static IEnumerable<(string Name, string Xml)> WorkbookParts(string? sheet)
    {
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        yield return ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>""");
        yield return ("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        yield return ("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{rel}"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        yield return ("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        if (sheet is not null)
        {
            yield return ("xl/worksheets/sheet1.xml", sheet);
        }
    }

    private static byte[] Zip(IEnumerable<(string Name, string Xml)> parts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                Add(zip, name, xml);
            }
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
