using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.Benchmarks;

/// <summary>The command line of the reports mode: --reports, --provider sqlite|postgresql, --year, --rounds.</summary>
internal sealed record ReportOptions(string Provider, int Year, int Rounds)
{
    public const string Flag = "--reports";

    public static ReportOptions? Parse(string[] args)
    {
        var options = new ReportOptions("sqlite", 2025, 10);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == Flag)
            {
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : null;
            options = (args[i], value) switch
            {
                ("--provider", "sqlite" or "postgresql") => options with { Provider = value! },
                ("--year", { } v) when int.TryParse(v, out var n) && n is >= 2021 and <= 2030 => options with { Year = n },
                ("--rounds", { } v) when int.TryParse(v, out var n) && n > 0 => options with { Rounds = n },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }

            i++;
        }

        return options;
    }
}

/// <summary>The annual reports on city-scale data (issue 6: the city report under 500 ms, every school's report of a year
/// under 10 s, the share of gathering versus rendering). The real web host with the demo city filed through the real
/// upload pipeline (about 115,000 students and 6,400 teachers), reports generated over HTTP as the bureau does
/// (POST /api/reports: gather, render HTML and Markdown, store the draft); each edition reports its own gather and render
/// times, the wall time includes HTTP and storing.</summary>
internal static class ReportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ReportOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: dotnet run -c Release --project test/Zmd.Vocational.Benchmarks -- --reports [--provider sqlite|postgresql] [--year 2025] [--rounds 10]");
            return 1;
        }

        Console.WriteLine($"Zmd.Vocational reports benchmark: {options.Provider}, school year {options.Year}; {RuntimeInformation.FrameworkDescription}, " +
                          $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}");
        var loading = Stopwatch.StartNew();
        await using var app = await TestApp.StartAsync(demo: true, postgres: options.Provider == "postgresql",
            settings: new Dictionary<string, string> { ["Seeding:DemoFilings"] = "true" });
        Console.WriteLine($"demo city loaded through the upload pipeline in {loading.Elapsed.TotalSeconds:0.0} s");
        using var admin = await app.LoginAsync("admin");

        // Warm-up: the first render parses the templates and fills the monitoring caches.
        await GenerateAsync(admin, ReportTemplates.City, options.Year, null);

        var city = new List<(double Wall, EditionDto Edition)>();
        for (var i = 0; i < options.Rounds; i++)
        {
            city.Add(await GenerateAsync(admin, ReportTemplates.City, options.Year, null));
        }

        Report("city report (HTML + Markdown)", city);

        var schools = (await admin.GetFromJsonAsync<List<SchoolDto>>("/api/schools", TestApp.Json))!.Where(s => s.IsActive).ToList();
        var all = Stopwatch.StartNew();
        var each = new List<(double Wall, EditionDto Edition)>();
        foreach (var school in schools)
        {
            each.Add(await GenerateAsync(admin, ReportTemplates.School, options.Year, school.Code));
        }

        all.Stop();
        Report($"school reports, {schools.Count} schools one after the other", each);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all {schools.Count} school reports of {options.Year}: {all.Elapsed.TotalSeconds:0.00} s (goal < 10 s) {(all.Elapsed.TotalSeconds < 10 ? "OK" : "OVER")}"));
        var cityP50 = Median(city.Select(c => c.Wall));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"city report p50: {cityP50:0} ms (goal < 500 ms) {(cityP50 < 500 ? "OK" : "OVER")}"));
        return 0;
    }

    private static async Task<(double Wall, EditionDto Edition)> GenerateAsync(HttpClient client, string template, int year, string? school)
    {
        var clock = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/reports", new { template, year, school }, TestApp.Json);
        var text = await response.Content.ReadAsStringAsync();
        clock.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{template} {school}: {(int)response.StatusCode} {text}");
        }

        return (clock.Elapsed.TotalMilliseconds, System.Text.Json.JsonSerializer.Deserialize<EditionDto>(text, TestApp.Json)!);
    }

    private static void Report(string what, List<(double Wall, EditionDto Edition)> runs)
    {
        var gather = runs.Sum(r => r.Edition.GatherMilliseconds);
        var render = runs.Sum(r => r.Edition.RenderMilliseconds);
        var wall = runs.Sum(r => r.Wall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {runs.Count} runs, wall p50 {Median(runs.Select(r => r.Wall)):0} ms, max {runs.Max(r => r.Wall):0} ms; " +
            $"gather {gather / runs.Count:0.0} ms ({Share(gather, wall)}), render {render / runs.Count:0.0} ms ({Share(render, wall)}), " +
            $"rest (HTTP, snapshot, storing) {(wall - gather - render) / runs.Count:0.0} ms ({Share(wall - gather - render, wall)}); " +
            $"output {runs.Average(r => r.Edition.HtmlBytes) / 1024:0} KB HTML, {runs.Average(r => r.Edition.MarkdownBytes) / 1024:0} KB Markdown"));
    }

    private static string Share(double part, double whole) => whole > 0 ? (part / whole).ToString("P0", CultureInfo.InvariantCulture) : "—";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
