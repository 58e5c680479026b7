using System.Buffers;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>The uploaded bytes saved to a temporary file (the request body can be read only once, and the pipeline
/// reads the file two or three times). Deleted on dispose, whatever happened.</summary>
internal sealed class TempUpload : IDisposable
{
    public const string MaxBytesKey = "Filing:MaxUploadBytes";
    public const long DefaultMaxBytes = 200L * 1024 * 1024;

    private TempUpload(string path) => Path = path;

    public string Path { get; }

    /// <summary>Copies <paramref name="content"/>, refusing it as soon as it passes <paramref name="maxBytes"/> (nothing
    /// larger ever lands on disk) or when it is empty.</summary>
    public static async Task<TempUpload> SaveAsync(Stream content, string fileName, long maxBytes, CancellationToken ct)
    {
        var extension = System.IO.Path.GetExtension(fileName).ToLowerInvariant();
        var upload = new TempUpload(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zmd-upload-" + Guid.NewGuid().ToString("N") + extension));
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            await using (var target = new FileStream(upload.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        throw TooLarge(fileName, maxBytes);
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }

            if (total == 0)
            {
                throw UploadFile.Empty(fileName);
            }

            return upload;
        }
        catch
        {
            upload.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The upload is over <paramref name="maxBytes"/>: a 413 naming the file and the limit in MB.</summary>
    public static BusinessException TooLarge(string fileName, long maxBytes) =>
        new(FilingErrorCodes.FileTooLarge, ErrorKind.TooLarge, new Dictionary<string, object?>
        {
            ["file"] = fileName,
            ["max"] = maxBytes / (1024 * 1024),
        });

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Still open elsewhere (an antivirus scan): the OS temp cleaner removes it later.
        }
    }
}
