using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Cli.Commands;

internal static class TargetsCommand
{
    /// <summary>zmd targets [--json]: the plan's targets; --json prints exactly what GET /api/targets returns.</summary>
    public static Command Targets()
    {
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（与 GET /api/targets 相同） / Print JSON, as GET /api/targets" };
        var command = new Command("targets", "列出规划目标 / List the plan's targets") { json };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            await CliHost.InitializeAsync(host, demo: false, token);
            using var scope = host.Services.CreateScope();
            var targets = await scope.ServiceProvider.GetRequiredService<ITargetRegister>().ListAsync(token);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(targets, ZmdJson.Options));
                return ExitCodes.Ok;
            }

            foreach (var t in targets)
            {
                var value = t.TargetValue?.ToString("0.####", CultureInfo.InvariantCulture) ?? t.TargetText ?? "—";
                var conflict = t.ConflictsWith.Count > 0 ? "  ⚠ " + string.Join(",", t.ConflictsWith) : "";
                Console.WriteLine($"{t.Code,-12} {t.NameZh} {t.ComparatorSymbol} {value} {t.Unit} ({t.TargetYear}) [{t.Section}]{conflict}");
            }

            Console.WriteLine($"共 {targets.Count} 项目标 / {targets.Count} targets");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
