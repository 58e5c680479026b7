using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Cli.Commands;

internal static class GenerateCommand
{
    /// <summary>The most data rows an xlsx sheet holds (1,048,576 rows, one of them the header).</summary>
    private const int XlsxMaxRows = 1_048_575;

    private static readonly Dictionary<string, SchoolType> SchoolTypes = new()
    {
        ["中职"] = SchoolType.SecondaryVocational,
        ["高职"] = SchoolType.HigherVocational,
        ["职业本科"] = SchoolType.VocationalBachelor,
        ["技工院校"] = SchoolType.SkilledWorkerSchool,
        ["技师学院"] = SchoolType.TechnicianCollege,
    };

    /// <summary>zmd generate &lt;dataset&gt; --rows N: a file of generated rows with the template's Chinese headers, for
    /// benchmarks and load tests at city or province scale. Rows are written as they are generated (never all held), and
    /// serials from --start keep ID numbers unique across files generated for different schools.</summary>
    public static Command Generate()
    {
        var dataset = new Argument<string>("dataset") { Description = "数据集代码，如 students、teachers / Dataset code" };
        var rows = new Option<int>("--rows") { Description = "行数 / Number of rows", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "输出文件，默认 <dataset>-<rows>.<format> / Output file" };
        var format = new Option<string>("--format") { Description = "csv 或 xlsx / csv or xlsx", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var encoding = new Option<string>("--encoding") { Description = "CSV 编码 utf8（带 BOM）或 gb18030 / CSV encoding", DefaultValueFactory = _ => "utf8" };
        encoding.AcceptOnlyFromAmong("utf8", "gb18030");
        var start = new Option<long>("--start") { Description = "起始序号：不同文件用不相交的区间，身份证号不重复 / First serial" };
        var schoolType = new Option<string>("--school-type") { Description = "学校类型 / School type", DefaultValueFactory = _ => "中职" };
        schoolType.AcceptOnlyFromAmong([.. SchoolTypes.Keys]);
        var year = new Option<int>("--year") { Description = "学年（起始年份） / School year", DefaultValueFactory = _ => 2025 };
        var command = new Command("generate", "生成演示数据文件（用于性能测试） / Generate a file of demo rows for benchmarks")
        {
            dataset, rows, output, format, encoding, start, schoolType, year,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            var code = parse.GetValue(dataset)!.Trim();
            var generator = host.Services.GetServices<IDemoRowGenerator>().FirstOrDefault(g => string.Equals(g.DatasetCode, code, StringComparison.OrdinalIgnoreCase));
            var count = parse.GetValue(rows);
            var xlsx = parse.GetValue(format) == "xlsx";
            var first = parse.GetValue(start);
            string? problem = generator is null ? $"没有可生成的数据集 / No generator for '{code}' (" + string.Join(", ", host.Services.GetServices<IDemoRowGenerator>().Select(g => g.DatasetCode)) + ")"
                : count <= 0 ? "--rows 须大于 0 / must be positive"
                : xlsx && count > XlsxMaxRows ? $"xlsx 最多 {XlsxMaxRows:#,0} 行，请用 csv / An xlsx sheet holds at most {XlsxMaxRows:#,0} rows: use csv"
                : first < 0 || first + count > DemoPeople.Capacity ? $"--start + --rows 不得超过 {DemoPeople.Capacity:#,0} / Serials must stay below {DemoPeople.Capacity:#,0}"
                : null;
            if (problem is not null)
            {
                await Console.Error.WriteLineAsync(problem);
                return ExitCodes.Usage;
            }

            using var scope = host.Services.CreateScope();
            var headers = scope.ServiceProvider.GetRequiredService<IDatasetCatalog>().Get(generator!.DatasetCode).Columns.Select(c => c.HeaderZh).ToArray();
            var demo = new DemoScope("GENERATED", SchoolTypes[parse.GetValue(schoolType)!], parse.GetValue(year), first);
            var path = (parse.GetValue(output) ?? new FileInfo($"{generator.DatasetCode}-{count}.{(xlsx ? "xlsx" : "csv")}")).FullName;
            var generated = generator.Rows(demo, count);
            if (xlsx)
            {
                await MiniExcel.SaveAsAsync(path, AsRecords(headers, generated), overwriteFile: true, cancellationToken: token);
            }
            else
            {
                await WriteCsvAsync(path, headers, generated, parse.GetValue(encoding) == "gb18030", token);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}  {new FileInfo(path).Length:#,0} 字节 / bytes, {count:#,0} 行 / rows"));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary>As Chinese Excel saves a CSV: "CSV UTF-8" with a BOM, or plain "CSV" in GB18030 without one.</summary>
    private static async Task WriteCsvAsync(string path, string[] headers, IEnumerable<string?[]> rows, bool gb18030, CancellationToken ct)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = gb18030 ? Encoding.GetEncoding("GB18030") : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        await using var writer = new StreamWriter(path, append: false, encoding, bufferSize: 1 << 16);
        var line = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            line.Clear();
            for (var i = 0; i < row.Length; i++)
            {
                var cell = row[i] ?? "";
                line.Append(i == 0 ? "" : ",");
                // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
                line.Append(cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            }

            line.Append("\r\n");
            await writer.WriteAsync(line, ct);
        }
    }

    /// <summary>MiniExcel writes one record per row, keyed by header, pulling them as it goes.</summary>
    private static IEnumerable<IDictionary<string, object?>> AsRecords(string[] headers, IEnumerable<string?[]> rows)
    {
        foreach (var row in rows)
        {
            var record = new Dictionary<string, object?>(headers.Length, StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                record[headers[i]] = row[i];
            }

            yield return record;
        }
    }
}
