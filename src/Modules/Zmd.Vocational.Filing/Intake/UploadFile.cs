using System.Text;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

internal enum UploadFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>An uploaded file saved to a temporary path, read as raw rows as many times as the pipeline needs (validate,
/// then store; or validate, then write the error report). Each read streams: nothing holds the whole file. A workbook
/// is parsed once; later reads come from a <see cref="RowCache"/> beside it, removed on dispose.</summary>
internal sealed class UploadFile : IDisposable
{
    private Encoding? _encoding;

    /// <param name="path">Where the bytes are.</param>
    /// <param name="fileName">The name the user's file had: picks the reader and is shown in messages.</param>
    public UploadFile(string path, string fileName)
    {
        Path = path;
        FileName = fileName;
        Format = FormatOf(fileName);
    }

    public string Path { get; }

    public string FileName { get; }

    public UploadFormat Format { get; }

    /// <summary>The format by extension; anything but .csv and .xlsx is refused (.xls is a different, binary format).</summary>
    public static UploadFormat FormatOf(string fileName) =>
        System.IO.Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => UploadFormat.Csv,
            ".xlsx" => UploadFormat.Xlsx,
            _ => throw Unsupported(fileName),
        };

    /// <summary>Every row of the file (the first sheet of a workbook), blank rows included so numbering stays true.</summary>
    public IEnumerable<RawRow> ReadRows(CancellationToken ct)
    {
        if (Format == UploadFormat.Xlsx)
        {
            return File.Exists(CachePath)
                ? RowCache.Read(CachePath, ct)
                : RowCache.Through(XlsxRowReader.Read(Path, FileName, ct), CachePath);
        }

        // Detected once: the scan may read the whole file, and every later pass reads it the same way.
        _encoding ??= CsvEncodingDetector.Detect(Path, FileName);
        return CsvRowReader.Read(Path, _encoding, FileName, ct);
    }

    /// <summary>The file cannot be read as what its name says. The parser's own exception is not passed on: its
    /// text means nothing to the user, and it may quote file content.</summary>
    public void Dispose() => File.Delete(CachePath);

    private string CachePath => Path + ".rows";

    public static BusinessException Unsupported(string fileName) =>
        new(FilingErrorCodes.UnsupportedFile, ErrorKind.Validation, FileArgs(fileName));

    public static BusinessException Empty(string fileName) =>
        new(FilingErrorCodes.EmptyFile, ErrorKind.Validation, FileArgs(fileName));

    private static Dictionary<string, object?> FileArgs(string fileName) => new() { ["file"] = fileName };
}
