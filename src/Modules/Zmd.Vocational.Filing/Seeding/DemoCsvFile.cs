using System.Text;

namespace Zmd.Vocational.Filing.Seeding;

/// <summary>Generated rows written as a school would save them from Excel ("CSV UTF-8", with its BOM), so that demo
/// data goes through the real upload: the file is read, checked and stored like any other.</summary>
internal static class DemoCsvFile
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the header and rows to a new temporary file and returns its path; the caller deletes it.</summary>
    public static string Write(IReadOnlyList<string> headers, IEnumerable<string?[]> rows)
    {
        var path = Path.Combine(Path.GetTempPath(), "zmd-demo-" + Guid.NewGuid().ToString("N") + ".csv");
        using var writer = new StreamWriter(path, append: false, Utf8WithBom, bufferSize: 64 * 1024);
        WriteRow(writer, headers);
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }

        return path;
    }

    private static void WriteRow(StreamWriter writer, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var cell = cells[i] ?? "";
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                // RFC 4180: quote the field, double the quotes inside.
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.Write("\r\n");
    }
}
