using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Application;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Where error reports are kept: one xlsx per refused upload, named by a random id, with a small JSON sidecar
/// saying which school it belongs to, who uploaded the file and how each column is masked, so that only that school's
/// users (and the bureau) can download it. Reports are copies of personal data: the uploader (whose file it is) and
/// users who may see personal data get the copy as written; anyone else gets it masked (<see cref="MaskedErrorReport"/>:
/// what the filing's preview would show them, so a colleague or the bureau can still help fix the file). Everything is
/// removed after <see cref="RetainDays"/> days.</summary>
internal sealed class ErrorReports(string directory)
{
    public const string DirectoryKey = "Filing:ReportsDirectory";
    private const int RetainDays = 7;

    public string Directory { get; } = directory;

    public static ErrorReports From(IConfiguration configuration) =>
        new(configuration[DirectoryKey] is { Length: > 0 } configured ? configured : Path.Combine(Path.GetTempPath(), "zmd-reports"));

    /// <summary>Writes the report of a refused upload and returns its id.</summary>
    /// <param name="uploaderId">The user who uploaded the file; null for the system (the CLI).</param>
    public string Write(UploadFile file, ValidationOutcome outcome, DatasetDefinition dataset, Guid schoolId, Guid? uploaderId, DateTime utcNow,
        CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Directory);
        RemoveOld(utcNow);
        var id = Guid.NewGuid().ToString("N");
        var path = ReportPath(id);
        try
        {
            ErrorReportWriter.Write(path, file, outcome, ct);
            var info = new ReportInfo(schoolId, Path.GetFileNameWithoutExtension(file.FileName) + "_错误说明.xlsx", utcNow, uploaderId,
                outcome.Header.Number, MaskedErrorReport.ColumnsOf(dataset, outcome));
            File.WriteAllText(InfoPath(id), JsonSerializer.Serialize(info));
            return id;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The report, or null when the id is unknown, malformed, or of a school the user may not see. Masked unless
    /// the user uploaded the file or <paramref name="showPersonalData"/> (holds FilingPermissions.ViewPersonalData).</summary>
    public (string FileName, Stream Content)? Open(string reportId, ICurrentUser user, bool showPersonalData, CancellationToken ct = default)
    {
        // Only our own ids: nothing from the request reaches the file system as a path.
        if (!Guid.TryParseExact(reportId, "N", out var parsed))
        {
            return null;
        }

        var id = parsed.ToString("N");
        ReportInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<ReportInfo>(File.ReadAllText(InfoPath(id)));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }

        if (info is null || !user.CanAccessSchool(info.SchoolId) || !File.Exists(ReportPath(id)))
        {
            return null;
        }

        string path;
        if (showPersonalData || (info.UploaderId is { } uploader && uploader == user.UserId))
        {
            path = ReportPath(id);
        }
        else if (info.Columns is { } columns)
        {
            path = MaskedPath(id, info.HeaderRow, columns, ct);
        }
        else
        {
            return null; // written before reports recorded their uploader and masks: only who may see personal data
        }

        Stream content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        return (info.FileName, content);
    }

    /// <summary>The masked copy, written at its first download. It ages with its report, so both go together.</summary>
    private string MaskedPath(string id, int headerRow, IReadOnlyList<MaskKind> columns, CancellationToken ct)
    {
        var masked = Path.Combine(Directory, id + ".masked.xlsx");
        if (!File.Exists(masked))
        {
            // Two first downloads at once each write their own file; the last move wins, and both are the same.
            var temp = Path.Combine(Directory, id + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                MaskedErrorReport.Write(ReportPath(id), temp, headerRow, columns, ct);
                File.SetLastWriteTimeUtc(temp, File.GetLastWriteTimeUtc(ReportPath(id)));
                File.Move(temp, masked, overwrite: true);
            }
            finally
            {
                File.Delete(temp);
            }
        }

        return masked;
    }

    private string ReportPath(string id) => Path.Combine(Directory, id + ".xlsx");

    private string InfoPath(string id) => Path.Combine(Directory, id + ".json");

    private void RemoveOld(DateTime utcNow)
    {
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory))
        {
            if (utcNow - File.GetLastWriteTimeUtc(path) > TimeSpan.FromDays(RetainDays))
            {
                try
                {
                    File.Delete(path);
                }
                catch (IOException)
                {
                    // Being downloaded right now: removed next time.
                }
            }
        }
    }

    /// <param name="UploaderId">Who uploaded the file (null: the system, or a report written before this was kept).</param>
    /// <param name="HeaderRow">The number of the file's header row.</param>
    /// <param name="Columns">How each column of the report is masked (<see cref="MaskedErrorReport.ColumnsOf"/>); null in
    /// a report written before masks were kept.</param>
    private sealed record ReportInfo(Guid SchoolId, string FileName, DateTime CreatedAt, Guid? UploaderId = null, int HeaderRow = 1,
        MaskKind[]? Columns = null);
}
