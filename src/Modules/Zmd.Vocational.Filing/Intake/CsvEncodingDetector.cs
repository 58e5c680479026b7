using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Which encoding a CSV is in. Chinese Excel's "CSV" is GB18030/GBK (no BOM); "CSV UTF-8" has a BOM; other
/// tools write UTF-8 without one. Valid UTF-8 is practically never produced by GBK text with Chinese in it, so: a BOM
/// means UTF-8; otherwise the file is scanned as strict UTF-8 and the first invalid byte means GB18030 (a superset of
/// GBK and GB2312).</summary>
internal static class CsvEncodingDetector
{
    private const int ChunkBytes = 64 * 1024;

    static CsvEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static Encoding Detect(string path, string fileName)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes);
        try
        {
            var carried = 0;
            var first = true;
            while (true)
            {
                var read = stream.ReadAtLeast(bytes.AsSpan(carried, ChunkBytes - carried), ChunkBytes - carried, throwOnEndOfStream: false);
                var length = carried + read;
                var final = length < ChunkBytes;
                if (first)
                {
                    first = false;
                    if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
                    {
                        return Utf8;
                    }

                    // A zip (an .xlsx renamed .csv), a UTF-16 "Unicode text" file, an image: not a CSV we can read.
                    if (bytes.AsSpan(0, length).Contains((byte)0))
                    {
                        throw UploadFile.Unsupported(fileName);
                    }
                }

                var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(0, length), chars.AsSpan(0, ChunkBytes), out var consumed, out _,
                    replaceInvalidSequences: false, isFinalBlock: final);
                if (status == OperationStatus.InvalidData)
                {
                    return Gb18030;
                }

                if (final)
                {
                    return Utf8;
                }

                // A multi-byte character cut by the chunk boundary: carry its first bytes into the next chunk.
                carried = length - consumed;
                bytes.AsSpan(consumed, carried).CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
