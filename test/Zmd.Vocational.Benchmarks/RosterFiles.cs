using System.Text;
using MiniExcelLibs;

namespace Zmd.Vocational.Benchmarks;

/// <summary>Generated rosters written as files a school would upload: "CSV UTF-8" as Excel saves it (with a BOM), or an
/// xlsx workbook. Both stream: rows are written as the generator makes them.</summary>
internal static class RosterFiles
{
    public static void WriteCsv(string path, IReadOnlyList<string> headers, IEnumerable<string?[]> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        writer.Write(string.Join(',', headers));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                // Generated cells never hold a comma, quote or line break; quoting is the generate command's business.
                writer.Write(row[i]);
            }

            writer.Write("\r\n");
        }
    }

    public static void WriteXlsx(string path, IReadOnlyList<string> headers, IEnumerable<string?[]> rows) =>
        MiniExcel.SaveAs(path, Records(headers, rows), overwriteFile: true);

    private static IEnumerable<IDictionary<string, object?>> Records(IReadOnlyList<string> headers, IEnumerable<string?[]> rows)
    {
        foreach (var row in rows)
        {
            var record = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                record[headers[i]] = row[i];
            }

            yield return record;
        }
    }
}
