using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Errors;

namespace Zmd.Vocational.College.Application;

/// <summary>What a progress report may carry: photos, PDF and Office documents up to 10 MB, recognised by their first
/// bytes as well as their name (a renamed executable is refused), under a name safe to send back in a header.</summary>
internal static class AttachmentRules
{
    public const int MaxMegabytes = 10;
    private const int MaxBytes = MaxMegabytes * 1024 * 1024;

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47]),
        [".pdf"] = ("application/pdf", "%PDF"u8.ToArray()),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04]),
    };

    public static string ContentType(string fileName) => Allowed[Path.GetExtension(fileName)].ContentType;

    /// <summary>The file name without any path, control or quote characters.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '/' and not ':').ToArray()).Trim();
        return name.Length > 200 ? name[^200..] : name;
    }

    public static async Task<byte[]> ReadAsync(string fileName, Stream content, CancellationToken ct)
    {
        if (!Allowed.TryGetValue(Path.GetExtension(fileName ?? ""), out var type))
        {
            throw Refused(BuildOutErrorCodes.AttachmentType, fileName);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new BusinessException(BuildOutErrorCodes.AttachmentTooLarge, ErrorKind.Validation,
                    new Dictionary<string, object?> { ["name"] = fileName, ["max"] = MaxMegabytes }, "File");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        return bytes.AsSpan().StartsWith(type.Magic) ? bytes : throw Refused(BuildOutErrorCodes.AttachmentType, fileName);
    }

    private static BusinessException Refused(string code, string? fileName) =>
        new(code, ErrorKind.Validation, new Dictionary<string, object?> { ["name"] = fileName }, "File");
}
