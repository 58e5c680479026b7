namespace Zmd.Vocational.Filing.Intake;

/// <summary>A workbook's rows kept in a compact binary file after the first read. Parsing xlsx (zip + XML) is the
/// slowest part of an import; the validation pass pays for it once and the storing pass (and the error report) read
/// this file instead, which keeps a whole xlsx import within a small margin of MiniExcel's own read time.</summary>
internal static class RowCache
{
    private const byte Null = 0;
    private const byte Text = 1;

    /// <summary>Passes the rows through while writing them; the cache becomes visible at <paramref name="path"/> only when
    /// the source was read to its end (a pass stopped early, at a wrong header, leaves no partial cache).</summary>
    public static IEnumerable<RawRow> Through(IEnumerable<RawRow> source, string path)
    {
        var partial = path + ".partial";
        var complete = false;
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            using (var writer = new BinaryWriter(stream))
            {
                foreach (var row in source)
                {
                    Write(writer, row);
                    yield return row;
                }
            }

            File.Move(partial, path, overwrite: true);
            complete = true;
        }
        finally
        {
            if (!complete)
            {
                File.Delete(partial);
            }
        }
    }

    public static IEnumerable<RawRow> Read(string path, CancellationToken ct)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        using var reader = new BinaryReader(stream);
        var length = stream.Length;
        var count = 0;
        while (stream.Position < length)
        {
            if ((++count & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            yield return ReadRow(reader);
        }
    }

    private static void Write(BinaryWriter writer, RawRow row)
    {
        writer.Write(row.Number);
        writer.Write(row.Cells.Length);
        foreach (var cell in row.Cells)
        {
            if (cell is null)
            {
                writer.Write(Null);
            }
            else
            {
                writer.Write(Text);
                writer.Write(cell);
            }
        }

        var lost = row.LostPrecision ?? [];
        writer.Write(lost.Count);
        foreach (var index in lost)
        {
            writer.Write(index);
        }
    }

    private static RawRow ReadRow(BinaryReader reader)
    {
        var number = reader.ReadInt32();
        var cells = new string?[reader.ReadInt32()];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = reader.ReadByte() == Null ? null : reader.ReadString();
        }

        var lostCount = reader.ReadInt32();
        int[]? lost = lostCount == 0 ? null : new int[lostCount];
        for (var i = 0; i < lostCount; i++)
        {
            lost![i] = reader.ReadInt32();
        }

        return new RawRow(number, cells, lost);
    }
}
