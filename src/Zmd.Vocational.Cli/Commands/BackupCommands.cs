using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Data;
using Zmd.Vocational.Data.Backup;

namespace Zmd.Vocational.Cli.Commands;

/// <summary>zmd backup / zmd restore: the arguments only; the work is IDatabaseBackup's (Data/Backup).</summary>
internal static class BackupCommands
{
    /// <summary>zmd backup --out FILE: a consistent copy of the configured database while the web host keeps running.</summary>
    public static Command Backup()
    {
        var output = new Option<FileInfo>("--out") { Description = "备份文件（不会覆盖已有文件） / Backup file (never overwritten)", Required = true };
        var command = new Command("backup", "在线备份数据库（SQLite 备份接口 / PostgreSQL pg_dump） / Back up the database online") { output };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            var provider = host.Services.GetRequiredService<DatabaseOptions>().Provider;
            var result = await host.Services.GetRequiredService<IDatabaseBackup>().BackupAsync(parse.GetValue(output)!.FullName, token);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"备份完成 / Backup written ({provider}): {result.File}, {result.Bytes:N0} bytes, {result.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary>zmd restore FILE: into an empty database only; then migrate, which brings an older backup forward.</summary>
    public static Command Restore()
    {
        var file = new Argument<FileInfo>("file") { Description = "zmd backup 生成的备份文件 / A file written by zmd backup" };
        var command = new Command("restore", "把备份恢复到空数据库，然后迁移到当前版本 / Restore a backup into an empty database, then migrate") { file };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            var result = await host.Services.GetRequiredService<IDatabaseBackup>().RestoreAsync(parse.GetValue(file)!.FullName, token);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"已恢复 / Restored: {result.File}, {result.Bytes:N0} bytes, {result.Elapsed.TotalSeconds:0.0} s"));

            // The schema is the migrations': a backup of this version needs nothing, an older one is migrated forward.
            await CliHost.InitializeAsync(host, demo: false, token);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<VocationalDbContext>();
            var applied = (await db.Database.GetAppliedMigrationsAsync(token)).Count();
            var pending = (await db.Database.GetPendingMigrationsAsync(token)).Count();
            if (pending > 0)
            {
                throw new InvalidOperationException($"恢复后仍有 {pending} 个迁移未应用 / {pending} migrations are still pending after the restore.");
            }

            Console.WriteLine($"数据库结构已是最新（{applied} 个迁移） / Schema is up to date ({applied} migrations).");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
