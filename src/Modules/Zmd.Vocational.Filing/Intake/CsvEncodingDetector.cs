using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;

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

    /// <summary>GB18030 that throws on bytes it cannot decode, instead of putting U+FFFD into the data.</summary>
    private static Encoding StrictGb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ReplacementFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Characters from U+0800 up (CJK, in UTF-8 three bytes each) decoded as valid UTF-8 before the first invalid
    /// byte: GBK text almost never forms even one such sequence before failing, so this many means UTF-8 text followed by
    /// text in another encoding — rows pasted from two sources. Decoding it all as GB18030 would garble the UTF-8 part.</summary>
    private const int MixedFrom = 4;

    public static Encoding Detect(string path, string fileName)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes);
        try
        {
            var carried = 0;
            var first = true;
            long lines = 0;
            long wideCharacters = 0;
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

                var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(0, length), chars.AsSpan(0, ChunkBytes), out var consumed, out var written,
                    replaceInvalidSequences: false, isFinalBlock: final);
                if (status == OperationStatus.InvalidData)
                {
                    var line = lines + bytes.AsSpan(0, consumed).Count((byte)'\n') + 1;
                    wideCharacters += CountWide(chars.AsSpan(0, written));
                    if (wideCharacters >= MixedFrom)
                    {
                        throw Refused(FilingErrorCodes.MixedEncoding, fileName, line);
                    }

                    stream.Position = 0;
                    EnsureGb18030(stream, fileName);
                    return Gb18030;
                }

                if (final)
                {
                    return Utf8;
                }

                lines += bytes.AsSpan(0, consumed).Count((byte)'\n');
                wideCharacters += CountWide(chars.AsSpan(0, written));

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

    /// <summary>Decodes the whole file as strict GB18030: bytes that are neither UTF-8 nor GB18030 (Big5 or Shift-JIS
    /// often, Latin-1 sometimes, a broken file) are refused naming their line, rather than stored as "�". A line feed
    /// byte never occurs inside a GB18030 character, so counting them gives the line.</summary>
    private static void EnsureGb18030(Stream stream, string fileName)
    {
        var decoder = StrictGb18030.GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes + 4);
        try
        {
            long lines = 0;
            while (true)
            {
                var read = stream.ReadAtLeast(bytes.AsSpan(0, ChunkBytes), ChunkBytes, throwOnEndOfStream: false);
                var final = read < ChunkBytes;
                try
                {
                    decoder.Convert(bytes, 0, read, chars, 0, ChunkBytes + 4, final, out _, out _, out _);
                }
                catch (DecoderFallbackException ex)
                {
                    var at = Math.Clamp(ex.Index, 0, read);
                    throw Refused(FilingErrorCodes.UndecodableText, fileName, lines + bytes.AsSpan(0, at).Count((byte)'\n') + 1);
                }

                if (final)
                {
                    return;
                }

                lines += bytes.AsSpan(0, read).Count((byte)'\n');
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int CountWide(ReadOnlySpan<char> chars)
    {
        var count = 0;
        foreach (var c in chars)
        {
            count += c >= '\u0800' ? 1 : 0;
        }

        return count;
    }

    private static BusinessException Refused(string code, string fileName, long line) =>
        new(code, ErrorKind.Validation, new Dictionary<string, object?> { ["file"] = fileName, ["row"] = line });
}
