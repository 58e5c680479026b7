using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Cli.Commands;

internal static class ReportCommand
{
    /// <summary>zmd report &lt;template&gt; --year YYYY [--school CODE] --out FILE [--format html|md|pdf] [--provisional]: renders a
    /// report from the current data (with the narrative of its latest edition, if any) into a file; nothing is stored.</summary>
    public static Command Report()
    {
        var template = new Argument<string>("template")
        {
            Description = "报告模板 / Report template: " + string.Join(" | ", ReportTemplates.All),
        };
        var year = new Option<int>("--year") { Description = "学年（开始年份） / School year (the year it starts)", Required = true };
        var school = new Option<string?>("--school") { Description = "学校代码（学校年报；技师学院报告默认全市唯一的技师学院） / School code" };
        var output = new Option<FileInfo>("--out") { Description = "输出文件 / Output file", Required = true };
        var format = new Option<string>("--format") { Description = "html | md | pdf（默认按文件扩展名，否则 html） / Output format (default: from the file's extension)" };
        var provisional = new Option<bool>("--provisional") { Description = "包含已提交未审核数据 / Include submitted, unapproved data" };
        var command = new Command("report", "生成质量年度报告文件 / Render an annual quality report to a file")
        {
            template, year, school, output, format, provisional,
        };
        command.SetAction((parse, ct) =>
        {
            var file = parse.GetValue(output)!;
            var formatName = parse.GetValue(format) ?? FormatOfExtension(file.Extension);
            if (ReportTemplates.FormatOf(formatName) is not { } wanted)
            {
                Console.Error.WriteLine($"未知格式 / Unknown format: {formatName} (html | md | pdf)");
                return Task.FromResult(ExitCodes.Usage);
            }

            if (ReportTemplates.KindOf(parse.GetValue(template)) is null)
            {
                Console.Error.WriteLine($"未知报告模板 / Unknown report template: {parse.GetValue(template)} ({string.Join(" | ", ReportTemplates.All)})");
                return Task.FromResult(ExitCodes.Usage);
            }

            return CommandRunner.RunAsync(async (host, token) =>
            {
                await CliHost.InitializeAsync(host, demo: false, token);
                using var services = host.Services.CreateScope();
                var report = await services.ServiceProvider.GetRequiredService<IReportFiles>()
                    .RenderAsync(parse.GetValue(template)!, parse.GetValue(year), parse.GetValue(school), wanted, parse.GetValue(provisional), token);
                if (file.Directory is { Exists: false } directory)
                {
                    directory.Create();
                }

                await File.WriteAllBytesAsync(file.FullName, report.Content, token);
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{file.FullName}: {report.Content.Length:N0} bytes (取数 gather {report.GatherMilliseconds:0} ms, 渲染 render {report.RenderMilliseconds:0} ms)"));
                return ExitCodes.Ok;
            }, ct);
        });
        return command;
    }

    private static string FormatOfExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".md" or ".markdown" => "md",
        ".pdf" => "pdf",
        _ => "html",
    };
}
