using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Cli.Commands;

internal static class CollegeCommand
{
    /// <summary>zmd college --year YYYY [--school CODE] [--provisional] [--json]: the technician college's dashboard, as
    /// GET /api/college/dashboard: build-out projects with their flags, the 专栏6 targets, trainees by level and the
    /// standard's checks.</summary>
    public static Command College()
    {
        var year = new Option<int>("--year") { Description = "学年（开始年份） / School year (the year it starts)", Required = true };
        var school = new Option<string?>("--school") { Description = "技师学院的学校代码（默认全市唯一的技师学院） / The college's school code" };
        var provisional = new Option<bool>("--provisional") { Description = "包含已提交未审核数据 / Include submitted, unapproved data" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（与 GET /api/college/dashboard 相同） / Print JSON, as the API" };
        var command = new Command("college", "技师学院建设与培养看板 / The technician college's dashboard") { year, school, provisional, json };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            await CliHost.InitializeAsync(host, demo: false, token);
            using var services = host.Services.CreateScope();
            var basis = parse.GetValue(provisional) ? DataBasis.Provisional : DataBasis.Approved;
            var d = await services.ServiceProvider.GetRequiredService<ICollegeDashboard>().GetAsync(parse.GetValue(year), parse.GetValue(school), basis, token);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(d, ZmdJson.Options));
                return ExitCodes.Ok;
            }

            Console.WriteLine($"{d.SchoolName} ({d.SchoolCode}) {d.Year}–{d.Year + 1}");
            Console.WriteLine("建设项目 / Build-out projects:");
            foreach (var p in d.Projects)
            {
                var flags = string.Join(' ', new[] { p.Standing.Late ? "延期/late" : null, p.Standing.OverBudget ? "超预算/over budget" : null }.OfType<string>());
                Console.WriteLine($"  {p.Name,-20} {Display.Date(p.PlannedStart)}→{Display.Date(p.PlannedCompletion)} {Number(p.Standing.PercentComplete),6}% " +
                                  $"{Number(p.Standing.FloorAreaCompleted)}/{Number(p.PlannedFloorArea)} m² {flags}");
            }

            Console.WriteLine("专栏6 目标 / Targets:");
            foreach (var t in d.Targets)
            {
                Console.WriteLine($"  {t.TargetCode,-9} {Number(t.Actual),10} {t.ComparatorSymbol} {Number(t.TargetValue),-8} {t.Status,-13} {t.NameZh}");
            }

            Console.WriteLine($"高级工及以上占比 / Senior-worker share or above: {Number(d.AdvancedShare)}%");
            Console.WriteLine("技师学院设置标准 / Standard (人社部发〔2012〕8号):");
            foreach (var s in d.Standards)
            {
                var result = s.Met switch { true => "达标/met", false => "未达标/not met", _ => "无数据/no data" };
                Console.WriteLine($"  {s.Code,-18} {Number(s.Value),10} ≥ {Number(s.Threshold),-6} {result,-14} {s.NameZh}");
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static string Number(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "—";
}
