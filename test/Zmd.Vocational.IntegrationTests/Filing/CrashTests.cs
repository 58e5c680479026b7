using System.Diagnostics;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.IntegrationTests.Filing.FilingApi;

namespace Zmd.Vocational.IntegrationTests.Filing;

/// <summary>Killing `zmd import` at any moment leaves either the previous draft or the complete new one — never a
/// half-written roster. The kill is a real SIGKILL of the process, at several points of a large import.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task A_killed_import_leaves_the_previous_draft_intact()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var app = await TestApp.StartAsync(demo: true, database: database))
        {
            using var admin = await app.LoginAsync("admin");
            await OpenYearAsync(admin);
            (await UploadAsync(admin, "students", RosterFiles.Utf8(RosterFiles.Students(25)))).EnsureSuccessStatusCode();
        }

        var file = Path.Combine(database.Folder, "big.csv");
        const int bigRows = 150_000;
        await File.WriteAllBytesAsync(file, RosterFiles.Utf8(RosterFiles.Students(bigRows, start: 100)));

        var killedDuringWork = 0;
        foreach (var delay in new[] { 700, 1500, 2500, 3500 })
        {
            using var process = Process.Start(CliTests.ZmdStart(database, "import", "students", file, "--school", SchoolA, "--year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            await Task.Delay(delay);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killedDuringWork++;
            }

            await process.WaitForExitAsync();
            await AssertWholeAsync(database, bigRows);
        }

        killedDuringWork.ShouldBeGreaterThan(0, "the import must have been killed while it ran at least once");
    }

    /// <summary>The filing and its rows agree: 25 rows at version 1, or all the new rows at version 2.</summary>
    private static async Task AssertWholeAsync(TestDatabase database, int bigRows)
    {
        await using var app = await TestApp.StartAsync(demo: false, database: database);
        await using var scope = app.CreateScope();
        var workflow = (IFilingWorkflow)scope.ServiceProvider.GetService(typeof(IFilingWorkflow))!;
        var filing = (await workflow.ListAsync(Year, SchoolA, null)).Single(f => f.DatasetCode == "students");
        var preview = await workflow.PreviewAsync(filing.Id, int.MaxValue, false);
        if (filing.Version == 1)
        {
            filing.RowCount.ShouldBe(25);
            preview.Rows.Count.ShouldBe(25);
        }
        else
        {
            filing.RowCount.ShouldBe(bigRows);
            preview.Rows.Count.ShouldBe(bigRows);
        }
    }
}
