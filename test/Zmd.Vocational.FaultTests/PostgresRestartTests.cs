using System.Diagnostics;
using System.Net;
using static Zmd.Vocational.FaultTests.Api;

namespace Zmd.Vocational.FaultTests;

/// <summary>The PostgreSQL server restarts under a running host (ZMD_TEST_PG_RESTART, default `pg_ctlcluster 15 main
/// restart`): the host recovers by itself — /health is healthy again within 30 s without restarting the host — and a
/// page, an API read and an upload succeed afterwards.</summary>
[Collection(nameof(PostgresRestartTests))]
public sealed class PostgresRestartTests
{
    public const string RestartVariable = "ZMD_TEST_PG_RESTART";

    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_host_recovers_by_itself_after_a_PostgreSQL_restart()
    {
        await using var database = await FaultDatabase.CreateAsync(FaultDatabase.PostgreSql);
        await using var app = await AppProcess.StartAsync(database);
        using var admin = await app.LoginAsync("admin");
        await OpenYearAsync(admin);
        using var filer = await app.LoginAsync("filer");
        (await UploadAsync(filer, Roster(30, start: 1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Pooled connections of both clients are open on the server when it goes away.
        await Task.WhenAll(StudentsFilingAsync(admin), StudentsFilingAsync(filer), filer.GetAsync("/Filing"));
        var restart = System.Diagnostics.Stopwatch.StartNew();
        await RestartServerAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"PostgreSQL restart took {restart.Elapsed.TotalSeconds:0.0} s");

        var recovered = await app.WaitUntilHealthyAsync(RecoveryBound);
        TestContext.Current.TestOutputHelper?.WriteLine($"PostgreSQL restart: /health healthy again {recovered.TotalSeconds:0.0} s after the server was back");

        var page = await filer.GetAsync("/Filing");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, await page.Content.ReadAsStringAsync());
        (await page.Content.ReadAsStringAsync()).ShouldContain("在校生名册");
        var filing = await StudentsFilingAsync(filer);
        filing.RowCount.ShouldBe(30);
        (await UploadAsync(filer, Roster(35, start: 100))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StudentsFilingAsync(admin)).RowCount.ShouldBe(35);
    }

    private static async Task RestartServerAsync()
    {
        var command = Environment.GetEnvironmentVariable(RestartVariable) ?? "pg_ctlcluster 15 main restart";
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"`{command}` failed: {await output}{await error}");
    }
}

/// <summary>The restart would break every other test's connections: it runs alone, after the tests that run in parallel.</summary>
[CollectionDefinition(nameof(PostgresRestartTests), DisableParallelization = true)]
public sealed class PostgresRestartCollection;
