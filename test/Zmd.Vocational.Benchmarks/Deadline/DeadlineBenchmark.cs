using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.Benchmarks.Deadline;

/// <summary>The command line of the deadline mode: --deadline, --provider, --schools, --students, --users, --filers,
/// --seconds, --warmup, --think, --year.</summary>
internal sealed record DeadlineOptions(string Provider, int Schools, long Students, int Users, int Filers, int Seconds, int Warmup, double Think, int Year)
{
    public const string Flag = "--deadline";

    public static DeadlineOptions? Parse(string[] args) =>
        OptionPairs.Parse(args, Flag, new DeadlineOptions("sqlite", 800, 2_000_000, 200, 150, 120, 20, 3, 2025), (options, name, value) => (name, value) switch
        {
            ("--provider", "sqlite" or "postgresql") => options with { Provider = value! },
            ("--schools", { } v) when int.TryParse(v, out var n) && n > 0 => options with { Schools = n },
            ("--students", { } v) when long.TryParse(v, out var n) && n > 0 => options with { Students = n },
            ("--users", { } v) when int.TryParse(v, out var n) && n > 1 => options with { Users = n },
            ("--filers", { } v) when int.TryParse(v, out var n) && n > 0 => options with { Filers = n },
            ("--seconds", { } v) when int.TryParse(v, out var n) && n is > 0 and <= 3600 => options with { Seconds = n },
            ("--warmup", { } v) when int.TryParse(v, out var n) && n is >= 0 and <= 600 => options with { Warmup = n },
            ("--think", { } v) when double.TryParse(v, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 60 => options with { Think = n },
            ("--year", { } v) when int.TryParse(v, out var n) && n is >= 2021 and <= 2030 => options with { Year = n },
            _ => null,
        }) is { } o && o.Filers < o.Users && o.Filers <= o.Schools ? o : null;
}

/// <summary>The filing deadline (issue 7): province-scale data loaded through the real pipeline, then a crowd of signed-in
/// people at once — school filers re-sending and submitting rosters, analysts on the dashboards, approvers on the status
/// board — each with think time between steps, against the real web host on 127.0.0.1, for a fixed time after a warm-up.
/// Prints throughput, p50/p95/p99 and errors per request and per kind; checks zero errors and p95 of the pages under
/// 300 ms. Wall-clock times; never a unit test.</summary>
internal static class DeadlineBenchmark
{
    private const double PageTargetMs = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        var o = DeadlineOptions.Parse(args);
        if (o is null)
        {
            Console.Error.WriteLine("usage: dotnet run -c Release --project test/Zmd.Vocational.Benchmarks -- --deadline [--provider sqlite|postgresql] " +
                                    "[--schools 800] [--students 2000000] [--users 200] [--filers 150] [--seconds 120] [--warmup 20] [--think 3] [--year 2025]");
            return 1;
        }

        var postgres = o.Provider == "postgresql";
        var bureau = o.Users - o.Filers;
        Console.WriteLine($"Zmd.Vocational filing-deadline load: {(postgres ? "PostgreSQL" : "SQLite")}, {o.Schools:N0} schools, {o.Students:N0} students; " +
                          $"{o.Users} concurrent users ({o.Filers} school filers, {bureau} bureau staff), think time {o.Think:0.#} s mean, " +
                          $"{o.Warmup} s warm-up + {o.Seconds} s measured, year {o.Year}");
        Console.WriteLine(Machine.Describe());

        Console.Error.WriteLine("… starting the web host on a fresh database (127.0.0.1)");
        await using var app = await TestApp.StartAsync(demo: true, postgres: postgres);
        var preparing = Stopwatch.StartNew();
        var schools = await ProvinceData.PrepareAsync(app.Services, o.Year, o.Schools);
        var plan = ProvinceData.Plan(schools, o.Students);
        Console.Error.WriteLine($"… filing and approving every dataset of {plan.Count:N0} schools");
        var load = await ProvinceData.LoadAsync(app.Services, plan, o.Year, preparing.Elapsed.TotalSeconds);
        Console.WriteLine($"Loaded {load.Schools:N0} schools, {load.Students:N0} students, {load.Rows:N0} rows in {load.Filings:N0} approved filings ({load.Seconds:0} s); " +
                          $"a filer re-sends about {plan[0].Teachers:N0} teachers or {plan[0].Students:N0} students at a time");

        Console.Error.WriteLine($"… {o.Filers} filer accounts (their teacher and student filings unlocked), {bureau} bureau accounts, signing everyone in");
        var filers = await DeadlineCast.FilersAsync(app, plan, o.Filers, o.Year);
        var staff = await DeadlineCast.BureauAsync(app, bureau);
        var codes = await TrackedTargetsAsync(app, o.Year);
        var filerClients = await SignInAsync(app, filers.Select(f => f.UserName));
        var staffClients = await SignInAsync(app, staff.Select(s => s.UserName));

        var log = new RequestLog();
        var seconds = o.Warmup + o.Seconds;
        var run = new DeadlineRun(log, o.Year, Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency), o.Think, codes);
        var approvers = staff.Select((s, i) => (s, i)).Where(x => x.s.Approver).Select(x => x.i).ToList();
        var users = new List<Task>(o.Users);
        users.AddRange(filers.Select((f, i) => Task.Run(() => VirtualUsers.FilerAsync(filerClients[i], f, run, 1_000 + i))));
        users.AddRange(staff.Select((s, i) => Task.Run(() => s.Approver
            ? VirtualUsers.ApproverAsync(staffClients[i], run, 5_000 + i, school => Share(school, approvers.Count) == approvers.IndexOf(i))
            : VirtualUsers.AnalystAsync(staffClients[i], run, 5_000 + i))));

        Console.Error.WriteLine($"… {o.Users} users at work: {o.Warmup} s warm-up, then {o.Seconds} s measured");
        await Task.Delay(TimeSpan.FromSeconds(o.Warmup));
        var before = Machine.LoadAverage();
        var meter = ProcessCost.Start();
        var measuring = Stopwatch.StartNew();
        log.Recording = true;
        await Task.Delay(TimeSpan.FromSeconds(o.Seconds));
        log.Recording = false;
        var measured = measuring.Elapsed.TotalSeconds;
        var cost = meter.Stop();
        Console.Error.WriteLine("… waiting for the users' last steps");
        await Task.WhenAll(users);

        Print(log, measured, o, before, cost);
        foreach (var client in filerClients.Concat(staffClients))
        {
            client.Dispose();
        }

        return 0;
    }

    /// <summary>The approver a school belongs to: the bureau splits the schools by code.</summary>
    private static int Share(string schoolCode, int approvers) =>
        (int)(long.Parse(schoolCode, CultureInfo.InvariantCulture) % approvers);

    private static async Task<IReadOnlyList<string>> TrackedTargetsAsync(TestApp app, int year)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var overview = await scope.ServiceProvider.GetRequiredService<ITargetProgress>().OverviewAsync(year, DataBasis.Approved);
        return [.. overview.Select(t => t.TargetCode)];
    }

    /// <summary>Signs the users in, eight at a time (each login hashes a password, on purpose slowly).</summary>
    private static async Task<List<HttpClient>> SignInAsync(TestApp app, IEnumerable<string> userNames)
    {
        var names = userNames.ToList();
        var clients = new HttpClient[names.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, names.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => clients[i] = await app.LoginAsync(names[i], DeadlineCast.Password));
        return [.. clients];
    }

    private static void Print(RequestLog log, double seconds, DeadlineOptions o, string loadBefore, ProcessCost cost)
    {
        var all = log.All(seconds);
        Console.WriteLine();
        Console.WriteLine(Machine.Describe());
        Console.WriteLine($"{o.Users} users ({o.Filers} filers, {o.Users - o.Filers} bureau), think {o.Think:0.#} s mean, {seconds:0} s measured; " +
                          $"load average at the start {loadBefore}, at the end {Machine.LoadAverage()}; this process's CPU {cost.CpuMs / 1000 / seconds:0.00} cores " +
                          $"(server and clients), GC paused {cost.PauseMs / (seconds * 10):0.0}% of the time");
        Console.WriteLine($"{"request",-52} {"count",7} {"req/s",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",6}");
        Console.WriteLine(new string('-', 112));
        foreach (var (_, r) in log.Results(seconds))
        {
            Row(r);
        }

        Console.WriteLine(new string('-', 112));
        foreach (var kind in Enum.GetValues<RequestKind>())
        {
            Row(log.Pooled(kind, seconds), $"all {kind}");
        }

        Row(all, "ALL");
        if (!log.ErrorSamples.IsEmpty)
        {
            Console.WriteLine("First unexpected answers:");
            foreach (var sample in log.ErrorSamples)
            {
                Console.WriteLine($"  {sample}");
            }
        }

        var pages = log.Pooled(RequestKind.Page, seconds);
        Console.WriteLine();
        Console.WriteLine("Requirement checks:");
        Check($"pages p95 {pages.Percentile(95):0.0} ms", $"< {PageTargetMs} ms", pages.Percentile(95) < PageTargetMs);
        Check($"errors {all.Errors} of {all.Count:N0} requests", "0", all.Errors == 0 && all.Count > 0);
    }

    private static void Row(LoadResult r, string? name = null) =>
        Console.WriteLine($"{name ?? r.Name,-52} {r.Count,7:N0} {r.Throughput,7:0.0} {r.Percentile(50),8:0.0} {r.Percentile(95),8:0.0} {r.Percentile(99),8:0.0} " +
                          $"{r.MaxMs,8:0.0} {r.Errors,6}");

    private static void Check(string text, string target, bool ok) => Console.WriteLine($"  {text}   target {target}: {(ok ? "PASS" : "FAIL")}");
}
