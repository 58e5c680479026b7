using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Cli.Commands;

internal static class ImportCommand
{
    /// <summary>zmd import &lt;dataset&gt; &lt;file&gt; --school CODE --year YYYY: the bureau's bulk load, with the same
    /// validation as an upload. Exit 0 when stored; 2 with every error listed when refused.</summary>
    public static Command Import()
    {
        var dataset = new Argument<string>("dataset") { Description = "数据集代码，如 students、teachers / Dataset code" };
        var file = new Argument<FileInfo>("file") { Description = ".xlsx 或 .csv 文件 / The .xlsx or .csv file" };
        var school = new Option<string>("--school") { Description = "学校代码 / School code", Required = true };
        var year = new Option<int>("--year") { Description = "学年（起始年份），如 2025 / School year (first year)", Required = true };
        var command = new Command("import", "导入一所学校一个学年的数据 / Import a school's dataset for a school year") { dataset, file, school, year };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            await CliHost.InitializeAsync(host, demo: false, token);
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"文件不存在 / File not found: {path.FullName}");
                return ExitCodes.Usage;
            }

            using var scope = host.Services.CreateScope();
            var import = scope.ServiceProvider.GetRequiredService<IFilingImport>();
            await using var stream = new ProgressStream(path.OpenRead(), path.Length, Console.Error);
            var result = await import.ImportAsync(parse.GetValue(dataset)!, parse.GetValue(school)!, parse.GetValue(year), path.Name, stream, token);
            await Console.Error.WriteLineAsync();
            if (result.Stored)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"已导入 {result.RowCount:#,0} 行（{result.Seconds:0.0} 秒），为 {result.SchoolCode} {result.Year} 学年 {result.DatasetCode} 的新草稿 / Imported {result.RowCount:#,0} rows as the new draft."));
                return ExitCodes.Ok;
            }

            foreach (var e in result.Errors)
            {
                await Console.Error.WriteLineAsync($"{e.File} 第{e.Row}行 {e.Column}: {e.Message} [{e.Code}]");
            }

            await Console.Error.WriteLineAsync($"未导入：共 {result.ErrorCount} 处错误，未保存任何数据 / Refused: {result.ErrorCount} errors, nothing stored.");
            return ExitCodes.Rejected;
        }, ct));
        return command;
    }
}
