using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Data;

namespace Zmd.Vocational.Cli.Commands;

internal static class DatabaseCommands
{
    /// <summary>zmd migrate: create or upgrade the database schema, then the reference data.</summary>
    public static Command Migrate()
    {
        var command = new Command("migrate", "创建或升级数据库结构，并写入参考数据 / Create or upgrade the database and its reference data");
        command.SetAction((_, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            await CliHost.InitializeAsync(host, demo: false, token);
            var options = host.Services.GetRequiredService<DatabaseOptions>();
            Console.WriteLine($"数据库已是最新 / Database is up to date ({options.Provider}).");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary>zmd seed [--demo]: reference data (idempotent), and demo users when asked.</summary>
    public static Command Seed()
    {
        var demo = new Option<bool>("--demo") { Description = "同时创建演示账号 / Also create the demo accounts" };
        var command = new Command("seed", "写入参考数据（县区、学校、专业、规划目标） / Seed reference data") { demo };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            var withDemo = parse.GetValue(demo);
            await CliHost.InitializeAsync(host, withDemo, token);
            Console.WriteLine(withDemo ? "参考数据与演示账号已就绪 / Reference data and demo accounts are in place." : "参考数据已就绪 / Reference data is in place.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    internal static string SeedsDirectory(IServiceProvider services) => services.GetRequiredService<SeedsLocation>().Directory;
}
