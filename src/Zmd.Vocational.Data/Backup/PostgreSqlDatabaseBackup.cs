using System.Diagnostics;
using Npgsql;

namespace Zmd.Vocational.Data.Backup;

/// <summary>PostgreSQL: pg_dump --format=custom and pg_restore, with host, port, database and user from the connection
/// string and the password in PGPASSWORD (never on a command line, where `ps` would show it). A restore runs in one
/// transaction with --exit-on-error, so a damaged file changes nothing; it takes no ownership or grants from the file
/// (--no-owner --no-privileges): the objects belong to the restoring role, and the application role's rights come
/// from etc/postgresql/setup.sh (default privileges; run it again after a restore).</summary>
internal sealed class PostgreSqlDatabaseBackup(DatabaseOptions options, BackupOptions tools) : IDatabaseBackup
{
    private static readonly byte[] Magic = "PGDMP"u8.ToArray();

    public async Task<BackupResult> BackupAsync(string file, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        file = Path.GetFullPath(file);
        BackupErrors.RequireNewOutput(file);
        var partial = file + ".partial";
        File.Delete(partial);
        try
        {
            var (code, error) = await RunAsync(tools.PgDump, ["--format=custom", "--file=" + partial, .. ConnectionArguments()], ct);
            if (code != 0)
            {
                throw new InvalidOperationException($"pg_dump 失败 / pg_dump failed (exit {code}): {error}");
            }

            File.Move(partial, file);
        }
        finally
        {
            File.Delete(partial);
        }

        return new BackupResult(file, new FileInfo(file).Length, stopwatch.Elapsed);
    }

    public async Task<BackupResult> RestoreAsync(string file, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        file = Path.GetFullPath(file);
        BackupErrors.RequireInput(file);
        RequireCustomFormat(file);
        var (listed, listError) = await RunAsync(tools.PgRestore, ["--list", file], ct);
        if (listed != 0)
        {
            throw BackupErrors.Invalid(file, listError);
        }

        await RequireEmptyAsync(ct);
        var (code, error) = await RunAsync(tools.PgRestore,
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", .. ConnectionArguments(), file], ct);
        if (code != 0)
        {
            throw BackupErrors.Failed(file, error);
        }

        return new BackupResult(file, new FileInfo(file).Length, stopwatch.Elapsed);
    }

    private static void RequireCustomFormat(string file)
    {
        var head = new byte[Magic.Length];
        using var stream = File.OpenRead(file);
        if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !head.AsSpan().SequenceEqual(Magic))
        {
            throw BackupErrors.Invalid(file, "不是 pg_dump 自定义格式（--format=custom）的备份 / not a pg_dump custom-format archive");
        }
    }

    /// <summary>Empty = no table, view or sequence in any schema but the system's.</summary>
    private async Task RequireEmptyAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException($"无法连接要恢复到的数据库 / Cannot connect to the database to restore into: {ex.Message}", ex);
        }

        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'",
            connection);
        var objects = (long)(await command.ExecuteScalarAsync(ct))!;
        if (objects > 0)
        {
            throw BackupErrors.NotEmpty(connection.Database, objects);
        }
    }

    private List<string> ConnectionArguments()
    {
        var c = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var arguments = new List<string> { "--no-password", "--host=" + (c.Host ?? "localhost"), "--port=" + c.Port, "--dbname=" + c.Database };
        if (!string.IsNullOrEmpty(c.Username))
        {
            arguments.Add("--username=" + c.Username);
        }

        return arguments;
    }

    private async Task<(int Code, string Error)> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var password = new NpgsqlConnectionStringBuilder(options.ConnectionString).Password;
        if (!string.IsNullOrEmpty(password))
        {
            start.Environment["PGPASSWORD"] = password;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"找不到 {tool}：请安装 postgresql-client（版本不低于服务器），或设置 Backup:PgDumpPath / Backup:PgRestorePath。 / {tool} was not found: {ex.Message}");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            await stdout;
            return (process.ExitCode, (await stderr).Trim());
        }
    }
}
