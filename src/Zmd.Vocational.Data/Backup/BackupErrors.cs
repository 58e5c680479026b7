using Zmd.Vocational.Core.Errors;

namespace Zmd.Vocational.Data.Backup;

/// <summary>The refusals of backup and restore, as business errors (texts in Core's Localization, key = code).</summary>
internal static class BackupErrors
{
    public const string TargetNotEmpty = "Backup:TargetNotEmpty";
    public const string InvalidFile = "Backup:InvalidFile";
    public const string FileNotFound = "Backup:FileNotFound";
    public const string OutputExists = "Backup:OutputExists";
    public const string RestoreFailed = "Backup:RestoreFailed";

    public static BusinessException NotEmpty(string database, long tables) =>
        new(TargetNotEmpty, ErrorKind.Conflict, new Dictionary<string, object?> { ["database"] = database, ["tables"] = tables });

    public static BusinessException Invalid(string file, string reason) =>
        new(InvalidFile, ErrorKind.Validation, new Dictionary<string, object?> { ["file"] = file, ["reason"] = Reason(reason) });

    public static BusinessException Missing(string file) =>
        new(FileNotFound, ErrorKind.NotFound, new Dictionary<string, object?> { ["file"] = file });

    public static BusinessException Exists(string file) =>
        new(OutputExists, ErrorKind.Conflict, new Dictionary<string, object?> { ["file"] = file });

    public static BusinessException Failed(string file, string reason) =>
        new(RestoreFailed, ErrorKind.Validation, new Dictionary<string, object?> { ["file"] = file, ["reason"] = Reason(reason) });

    /// <summary>A tool's or driver's message fitted into a sentence of ours (which ends it).</summary>
    private static string Reason(string text) => text.Trim().TrimEnd('.', '。');

    /// <summary>The checks every backup and restore starts with: the input exists, the output does not.</summary>
    public static void RequireInput(string file)
    {
        if (!System.IO.File.Exists(file))
        {
            throw Missing(file);
        }
    }

    public static void RequireNewOutput(string file)
    {
        if (System.IO.File.Exists(file))
        {
            throw Exists(file);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
