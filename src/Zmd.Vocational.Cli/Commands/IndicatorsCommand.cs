using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Http;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Cli.Commands;

internal static class IndicatorsCommand
{
    /// <summary>zmd indicators --year YYYY [--scope city|county|school] [--provisional] [--json] [--rebuild]: the figures of
    /// GET /api/indicators; --rebuild first recomputes the stored measures of the year from the filed data.</summary>
    public static Command Indicators()
    {
        var year = new Option<int>("--year") { Description = "学年（开始年份） / School year (the year it starts)", Required = true };
        var scope = new Option<string>("--scope") { Description = "city | county | school", DefaultValueFactory = _ => "city" };
        scope.AcceptOnlyFromAmong("city", "county", "school");
        var provisional = new Option<bool>("--provisional") { Description = "包含已提交未审核数据 / Include submitted, unapproved data" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（与 GET /api/indicators 相同） / Print JSON, as GET /api/indicators" };
        var rebuild = new Option<bool>("--rebuild") { Description = "先按已填报数据重算该学年的统计量 / First recompute the year's stored measures" };
        var command = new Command("indicators", "计算监测指标 / Compute the monitoring indicators") { year, scope, provisional, json, rebuild };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            await CliHost.InitializeAsync(host, demo: false, token);
            using var services = host.Services.CreateScope();
            var y = parse.GetValue(year);
            if (parse.GetValue(rebuild))
            {
                var count = await services.ServiceProvider.GetRequiredService<IMeasureMaintenance>().RebuildAsync(y, token);
                Console.Error.WriteLine($"已重算 {count} 份填报的统计量 / Recomputed the measures of {count} filings");
            }

            var basis = parse.GetValue(provisional) ? DataBasis.Provisional : DataBasis.Approved;
            var scopeValue = parse.GetValue(scope) switch
            {
                "county" => MonitoringScope.County,
                "school" => MonitoringScope.School,
                _ => MonitoringScope.City,
            };
            var values = await services.ServiceProvider.GetRequiredService<IIndicatorService>()
                .ValuesAsync(new IndicatorQuery(y, scopeValue, null, null, basis), token);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(values, ZmdJson.Options));
                return ExitCodes.Ok;
            }

            foreach (var v in values)
            {
                var value = v.Value?.ToString("N" + v.Decimals, System.Globalization.CultureInfo.InvariantCulture) ?? "无数据 / no data";
                Console.WriteLine($"{v.PlaceName,-12} {v.Code,-32} {value,14} {v.Unit,-4} {v.NameZh}  [{v.SchoolsCovered}/{v.SchoolsInScope}]{(v.Provisional ? " *" : "")}");
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
