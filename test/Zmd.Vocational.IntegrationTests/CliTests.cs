using System.Diagnostics;
using System.Text.Json.Nodes;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>The real `zmd` program, run as a process against a fresh database, with the web host's settings.</summary>
public sealed class CliTests
{
    private static readonly string ZmdDll = Path.Combine(RepositoryPaths.Root, "src", "Zmd.Vocational.Cli", "bin",
        Configuration, "net10.0", "zmd.dll");

    /// <summary>Debug or Release: the folder above this test binary's net10.0 folder.</summary>
    private static string Configuration => Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;

    private sealed record Result(int ExitCode, string Out, string Err);

    internal static ProcessStartInfo ZmdStart(TestDatabase database, params string[] args)
    {
        File.Exists(ZmdDll).ShouldBeTrue($"zmd is not built at {ZmdDll}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ZmdDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        start.Environment.Remove("ZMD_LANG");
        return start;
    }

    private static async Task<Result> ZmdAsync(TestDatabase database, params string[] args)
    {
        var start = ZmdStart(database, args);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Migrate_seed_users_and_targets_work_against_the_same_database_as_the_web_host()
    {
        await using var database = await TestDatabase.CreateAsync();

        var migrate = await ZmdAsync(database, "migrate");
        migrate.ExitCode.ShouldBe(0, migrate.Err);
        migrate.Out.ShouldContain("数据库已是最新");

        var seed = await ZmdAsync(database, "seed", "--demo");
        seed.ExitCode.ShouldBe(0, seed.Err);

        var add = await ZmdAsync(database, "users", "add", "--user", "suiping", "--password", "Yq7-Kettle-Road9", "--role", "school_filer", "--school", "3141172801", "--name", "遂平填报员");
        add.ExitCode.ShouldBe(0, add.Err);

        var json = await ZmdAsync(database, "targets", "--json");
        json.ExitCode.ShouldBe(0, json.Err);
        var fromCli = JsonNode.Parse(json.Out)!;

        var targetsText = await ZmdAsync(database, "targets");
        targetsText.Out.ShouldContain("Z6.03.03");
        targetsText.Out.ShouldContain("共 49 项目标");

        await using var app = await TestApp.StartAsync(demo: false, database: database);

        // `seed --demo` filed the demo city through the real pipeline: about 40 schools, 115,000 students, every state.
        var submittedOrApprovedStudentRows = 0;
        using (var bureau = await app.LoginAsync("analyst"))
        {
            var board = await bureau.GetJsonAsync<StatusBoardDto>("/api/filing/2026/board");
            board.Rows.Count.ShouldBe(40);
            var cells = board.Rows.SelectMany(r => r.Cells).ToList();
            cells.Where(c => c.DatasetCode == "students").Sum(c => c.RowCount).ShouldBeInRange(114_000, 116_000);
            submittedOrApprovedStudentRows = cells.Where(c => c.DatasetCode == "students" && c.State is FilingState.Approved or FilingState.Submitted)
                .Sum(c => c.RowCount);
            cells.Select(c => c.State).Distinct().ShouldBe([FilingState.Approved, FilingState.Submitted, FilingState.Returned, FilingState.Draft], ignoreOrder: true);
        }

        using var filer = await app.LoginAsync("suiping", "Yq7-Kettle-Road9");
        (await filer.GetJsonAsync<List<SchoolDto>>("/api/schools")).Select(s => s.Code).ShouldBe(["3141172801"]);
        using var analyst = await app.LoginAsync("analyst");
        var fromApi = JsonNode.Parse(await analyst.GetStringAsync("/api/targets"))!;
        JsonNode.DeepEquals(fromCli, fromApi).ShouldBeTrue("zmd targets --json must print what GET /api/targets returns");
        fromCli.AsArray().Count.ShouldBe(49);

        // zmd indicators prints the figures of GET /api/indicators, computed from the measures the demo filings stored.
        var indicators = await ZmdAsync(database, "indicators", "--year", "2026", "--provisional", "--json");
        indicators.ExitCode.ShouldBe(0, indicators.Err);
        var indicatorsFromApi = JsonNode.Parse(await analyst.GetStringAsync("/api/indicators?year=2026&scope=city&provisional=true"))!;
        JsonNode.DeepEquals(JsonNode.Parse(indicators.Out), indicatorsFromApi).ShouldBeTrue("zmd indicators --json must print what GET /api/indicators returns");
        var enrolment = indicatorsFromApi.AsArray().Single(i => (string?)i!["code"] == "enrolment-total")!;
        // Provisional figures count submitted and approved rosters; of their rows, the 在籍 students (the demo files ~96%).
        ((decimal)enrolment["value"]!).ShouldBeInRange(submittedOrApprovedStudentRows * 0.9m, submittedOrApprovedStudentRows);
        var text = await ZmdAsync(database, "indicators", "--year", "2026", "--scope", "county", "--rebuild");
        text.ExitCode.ShouldBe(0, text.Err);
        text.Out.ShouldContain("dual-ratio");
        text.Err.ShouldContain("已重算");
        (await ZmdAsync(database, "indicators", "--year", "2026", "--scope", "province")).ExitCode.ShouldBe(1);

        // zmd college prints the technician college's dashboard as GET /api/college/dashboard, with the demo projects.
        var college = await ZmdAsync(database, "college", "--year", "2025", "--json");
        college.ExitCode.ShouldBe(0, college.Err);
        var collegeFromApi = JsonNode.Parse(await analyst.GetStringAsync("/api/college/dashboard?year=2025"))!;
        JsonNode.DeepEquals(JsonNode.Parse(college.Out), collegeFromApi).ShouldBeTrue("zmd college --json must print what the API returns");
        collegeFromApi["projects"]!.AsArray().Count.ShouldBe(3);
        var collegeText = await ZmdAsync(database, "college", "--year", "2025");
        collegeText.Out.ShouldContain("实训大楼（演示）");
        collegeText.Out.ShouldContain("Z6.03.01");
    }

    [Fact]
    public async Task Refused_input_and_wrong_usage_have_their_own_exit_codes_and_clear_messages()
    {
        await using var database = await TestDatabase.CreateAsync();

        var unknownSchool = await ZmdAsync(database, "users", "add", "--user", "x", "--password", "Abcdefgh123", "--role", "school_filer", "--school", "999");
        unknownSchool.ExitCode.ShouldBe(2);
        unknownSchool.Err.ShouldContain("学校代码“999”不存在。");
        unknownSchool.Err.ShouldContain("[Identity:UnknownSchool]");

        var missingPassword = await ZmdAsync(database, "users", "add", "--user", "x", "--role", "bureau_analyst");
        missingPassword.ExitCode.ShouldBe(1);

        var badRole = await ZmdAsync(database, "users", "add", "--user", "x", "--password", "Abcdefgh123", "--role", "king");
        badRole.ExitCode.ShouldBe(1);

        // The password policy speaks through the CLI too: a well-known pattern is refused in Chinese, nothing created.
        var common = await ZmdAsync(database, "users", "add", "--user", "wangli", "--password", "Aa123456789", "--role", "bureau_analyst");
        common.ExitCode.ShouldBe(2);
        common.Err.ShouldContain("密码过于常见");
        common.Err.ShouldContain("[Identity:PasswordTooCommon]");
    }
}
