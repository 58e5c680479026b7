using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Zmd.Vocational.Benchmarks;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

// The import benchmark of issue 3. Every step runs on a fresh database of the chosen provider with the application's
// schema; times are wall-clock times of whole runs (Stopwatch), in one process, one after the other.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains(ReportOptions.Flag))
{
    // The annual reports on the demo city: a mode of its own (ReportBenchmark.cs).
    return await ReportBenchmark.RunAsync(args);
}

if (args.Contains(Zmd.Vocational.Benchmarks.Deadline.DeadlineOptions.Flag))
{
    // The filing deadline: 200 people at once on province-scale data (Deadline/DeadlineBenchmark.cs).
    return await Zmd.Vocational.Benchmarks.Deadline.DeadlineBenchmark.RunAsync(args);
}

if (args.Contains(DashboardOptions.Flag))
{
    // The monitoring dashboards under load: a mode of its own (DashboardBenchmark.cs).
    return await DashboardBenchmark.RunAsync(args);
}

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project test/Zmd.Vocational.Benchmarks -- [--rows 1000000] [--provider sqlite|postgresql] [--xlsx-rows 100000] [--ef-rows 100000]");
    return 1;
}

const string School = "3141172801"; // 遂平县职业教育中心, a 中职 school of the seeds
const int Year = 2025;
var postgres = options.Provider == "postgresql";
var work = Directory.CreateTempSubdirectory("zmd-bench-").FullName;
var table = new ResultTable();
var phases = new PhaseClock();
var scope = new DemoScope(School, SchoolType.SecondaryVocational, Year, SerialStart: 0);
Console.WriteLine($"Zmd.Vocational import benchmark: {(postgres ? "PostgreSQL" : "SQLite")}, {options.Rows:N0} rows; {RuntimeInformation.FrameworkDescription}, " +
                  $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}{(Debugger.IsAttached || IsDebugBuild() ? " — DEBUG BUILD, use -c Release" : "")}");

IDemoRowGenerator generator;
string[] headers;
(long WorkingSet, long ProcessPeak, long Heap) memory;
IReadOnlyList<(string Phase, double Seconds)> csvPhases;
var csv = Path.Combine(work, "students.csv");

// 1. The file, and its import end to end through the real IFilingImport.
await using (var app = await BenchHost.StartAsync(postgres, reference: true, Year, phases))
{
    generator = app.Services.GetServices<IDemoRowGenerator>().Single(g => g.DatasetCode == StudentValues.Dataset);
    using (var catalogScope = app.Services.CreateScope())
    {
        headers = [.. catalogScope.ServiceProvider.GetRequiredService<IDatasetCatalog>().Get(StudentValues.Dataset).Columns.Select(c => c.HeaderZh)];
    }

    var writing = Stopwatch.StartNew();
    RosterFiles.WriteCsv(csv, headers, generator.Rows(scope, options.Rows));
    table.Add($"generate students CSV (UTF-8, {Mb(new FileInfo(csv).Length):0} MB)", options.Rows, writing.Elapsed.TotalSeconds);

    GC.Collect();
    using var sampler = new MemorySampler(TimeSpan.FromMilliseconds(20));
    await table.TimeAsync("import CSV end to end (IFilingImport)", options.Rows, async () =>
    {
        phases.Reset();
        phases.ImportStart = Stopwatch.GetTimestamp();
        await app.ImportAsync(StudentValues.Dataset, School, Year, csv);
        phases.ImportEnd = Stopwatch.GetTimestamp();
    });
    memory = (sampler.PeakWorkingSet, sampler.ProcessPeakWorkingSet, sampler.PeakManagedHeap);
    csvPhases = phases.Phases();
}

// 2. The same rows by hand: the cost of producing typed rows from the generator is measured alone and taken out.
var schoolId = Guid.CreateVersion7();
IEnumerable<StudentRow> Typed(int count) => generator.Rows(scope, count).Select(cells => StudentValues.From(cells, schoolId, Year));
var generation = Stopwatch.StartNew();
var produced = Typed(options.Rows).LongCount();
generation.Stop();
table.Add("  (producing the typed rows alone)", produced, generation.Elapsed.TotalSeconds);
await using (var raw = await BenchHost.StartAsync(postgres, reference: false, Year))
{
    table.Time("raw prepared INSERT, one transaction", options.Rows, () =>
        _ = postgres ? RawInserts.PostgresInsert(raw.Database.ConnectionString, Typed(options.Rows)) : RawInserts.Sqlite(raw.Database.ConnectionString, Typed(options.Rows)),
        subtract: generation.Elapsed.TotalSeconds);
}

if (postgres)
{
    await using var copy = await BenchHost.StartAsync(postgres, reference: false, Year);
    table.Time("raw binary COPY, one transaction", options.Rows, () => RawInserts.PostgresCopy(copy.Database.ConnectionString, Typed(options.Rows)),
        subtract: generation.Elapsed.TotalSeconds);
}

// 3. The naive EF Core loop, on fewer rows (it is slow), scaled to rows/s.
await using (var ef = await BenchHost.StartAsync(postgres, reference: false, Year))
{
    var efGeneration = generation.Elapsed.TotalSeconds * options.EfRows / options.Rows;
    await table.TimeAsync($"naive EF Core: Add + SaveChanges per {NaiveEf.BatchSize:N0}", options.EfRows,
        () => NaiveEf.InsertAsync(postgres, ef.Database.ConnectionString, Typed(options.EfRows)), subtract: efGeneration);
}

// 4. An xlsx: MiniExcel reading it alone (after a warm-up read), against the whole import.
var xlsx = Path.Combine(work, "students.xlsx");
RosterFiles.WriteXlsx(xlsx, headers, generator.Rows(scope, options.XlsxRows));
ReadXlsx(xlsx);
table.Time($"MiniExcel.Query reading the xlsx alone ({Mb(new FileInfo(xlsx).Length):0.0} MB)", options.XlsxRows, () => ReadXlsx(xlsx));
IReadOnlyList<(string Phase, double Seconds)> xlsxPhases;
// The import is warmed up the same way as MiniExcel (one small import first), so both are timed with their code compiled.
var warm = Path.Combine(work, "warm.xlsx");
RosterFiles.WriteXlsx(warm, headers, generator.Rows(scope with { SerialStart = scope.SerialStart + options.XlsxRows + 1_000 }, 2_000));
await using (var app = await BenchHost.StartAsync(postgres, reference: true, Year, phases))
{
    await app.ImportAsync(StudentValues.Dataset, School, Year, warm);
    await table.TimeAsync("import xlsx end to end (IFilingImport)", options.XlsxRows, async () =>
    {
        phases.Reset();
        phases.ImportStart = Stopwatch.GetTimestamp();
        await app.ImportAsync(StudentValues.Dataset, School, Year, xlsx);
        phases.ImportEnd = Stopwatch.GetTimestamp();
    });
    xlsxPhases = phases.Phases();
}

Directory.Delete(work, recursive: true);

// The report.
table.Print();
PrintPhases($"Phases of the {options.Rows:N0}-row CSV import", csvPhases);
PrintPhases($"Phases of the {options.XlsxRows:N0}-row xlsx import", xlsxPhases);
Console.WriteLine();
Console.WriteLine($"Memory during the {options.Rows:N0}-row import: peak working set {Mb(memory.WorkingSet):0} MB (process peak since start " +
                  $"{Mb(memory.ProcessPeak):0} MB), peak managed heap {Mb(memory.Heap):0} MB");
Console.WriteLine();
var import = table.Rate("import CSV");
var prepared = table.Rate("raw prepared INSERT");
Console.WriteLine("Ratios (issue 3 targets):");
Check($"import ÷ raw prepared INSERT           = {import / prepared:0.00}", "≥ 0.50", import / prepared >= 0.5);
if (postgres)
{
    var copyRate = table.Rate("raw binary COPY");
    Console.WriteLine($"  import ÷ raw binary COPY               = {import / copyRate:0.00}");
}

Console.WriteLine($"  naive EF Core ÷ raw prepared INSERT    = {table.Rate("naive EF") / prepared:0.00}   (issue: about 0.1)");
var xlsxRatio = table.Seconds("import xlsx") / table.Seconds("MiniExcel.Query");
Check($"xlsx import time ÷ MiniExcel read time = {xlsxRatio:0.00}×", "< 1.5×", xlsxRatio < 1.5);
Check($"peak working set during the import     = {Mb(Math.Max(memory.WorkingSet, 0)):0} MB", "< 400 MB", memory.WorkingSet < 400L * 1024 * 1024);
return 0;

static void Check(string text, string target, bool ok) => Console.WriteLine($"  {text}   target {target}: {(ok ? "PASS" : "FAIL")}");

static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

static void PrintPhases(string title, IReadOnlyList<(string Phase, double Seconds)> phases)
{
    Console.WriteLine();
    Console.WriteLine($"{title} (seen from the dataset handler):");
    var total = phases.Sum(p => p.Seconds);
    foreach (var (phase, seconds) in phases)
    {
        Console.WriteLine($"  {phase,-62} {seconds,8:0.00} s {seconds / total,7:P0}");
    }
}

/// <summary>What the import's xlsx reader does with MiniExcel, and nothing more: every row, every cell touched.</summary>
static long ReadXlsx(string path)
{
    long cells = 0;
    foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX))
    {
        foreach (var value in row.Values)
        {
            cells += value is null ? 0 : 1;
        }
    }

    return cells;
}

static bool IsDebugBuild()
{
#if DEBUG
    return true;
#else
    return false;
#endif
}
