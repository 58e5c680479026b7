using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Security;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Where error reports are kept: one xlsx per refused upload, named by a random id, with a small JSON sidecar
/// saying which school it belongs to, so that only that school's users (and the bureau) can download it. Reports are
/// copies of personal data: they are removed after <see cref="RetainDays"/> days.</summary>
internal sealed class ErrorReports(string directory)
{
    public const string DirectoryKey = "Filing:ReportsDirectory";
    private const int RetainDays = 7;

    public string Directory { get; } = directory;

    public static ErrorReports From(IConfiguration configuration) =>
        new(configuration[DirectoryKey] is { Length: > 0 } configured ? configured : Path.Combine(Path.GetTempPath(), "zmd-reports"));

    /// <summary>Writes the report of a refused upload and returns its id.</summary>
    public string Write(UploadFile file, ValidationOutcome outcome, Guid schoolId, DateTime utcNow, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Directory);
        RemoveOld(utcNow);
        var id = Guid.NewGuid().ToString("N");
        var path = ReportPath(id);
        try
        {
            ErrorReportWriter.Write(path, file, outcome, ct);
            var info = new ReportInfo(schoolId, Path.GetFileNameWithoutExtension(file.FileName) + "_错误说明.xlsx", utcNow);
            File.WriteAllText(InfoPath(id), JsonSerializer.Serialize(info));
            return id;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The report, or null when the id is unknown, malformed, or of a school the user may not see.</summary>
    public (string FileName, Stream Content)? Open(string reportId, ICurrentUser user)
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

        Stream content = new FileStream(ReportPath(id), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        return (info.FileName, content);
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

    private sealed record ReportInfo(Guid SchoolId, string FileName, DateTime CreatedAt);
}
