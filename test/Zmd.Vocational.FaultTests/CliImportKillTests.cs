using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Zmd.Vocational.TestKit;
using static Zmd.Vocational.FaultTests.Api;

namespace Zmd.Vocational.FaultTests;

/// <summary>`zmd import` of a 200,000-row roster, SIGKILLed without any hook: once when its progress bar shows it half
/// read, once when it is writing the rows (its
/// storing transaction is open: PostgreSQL, a backend of the database holds a transaction id; SQLite, the write lock is taken). After each kill the host starts on the same database and finds either the previous draft,
/// row for row, or the complete new one — never part of it.</summary>
public sealed partial class CliImportKillTests
{
    private const int BigRows = 200_000;
    private const int DraftRows = 40;

    [Theory]
    [InlineData(FaultDatabase.Sqlite)]
    [InlineData(FaultDatabase.PostgreSql)]
    public async Task A_killed_zmd_import_leaves_the_previous_draft_or_the_whole_new_one(string provider)
    {
        await using var database = await FaultDatabase.CreateAsync(provider);
        (int Version, string Checksum) before;
        await using (var app = await AppProcess.StartAsync(database))
        {
            using var admin = await app.LoginAsync("admin");
            await OpenYearAsync(admin);
            using var filer = await app.LoginAsync("filer");
            (await UploadAsync(filer, Roster(DraftRows, start: 1))).StatusCode.ShouldBe(HttpStatusCode.OK);
            var filing = await StudentsFilingAsync(admin);
            before = (filing.Version, Checksum((await RowsAsync(admin, filing.Id)).Rows));
        }

        var file = Path.Combine(database.Folder, "students-200k.csv");
        await GenerateAsync(file);

        var keptPrevious = 0;
        foreach (var whileWriting in new[] { false, true })
        {
            var zmd = StartImport(database, file);
            var output = ProcessOutput.Follow(zmd);
            try
            {
                await output.WaitForLineAsync(line => Percent(line) >= 50, TimeSpan.FromSeconds(120));
                if (whileWriting)
                {
                    await WaitUntilWritingAsync(database, zmd, output);
                }
            }
            finally
            {
                zmd.Kill(entireProcessTree: true);
                await zmd.WaitForExitAsync();
            }

            zmd.ExitCode.ShouldNotBe(0, "the import was killed before it finished:\n" + output.Text);
            await using var app = await AppProcess.StartAsync(database);
            await KillTests.AssertHealthyAsync(app);
            using var admin = await app.LoginAsync("admin");
            var filing = await StudentsFilingAsync(admin);
            if (filing.Version == before.Version)
            {
                filing.RowCount.ShouldBe(DraftRows);
                Checksum((await RowsAsync(admin, filing.Id)).Rows).ShouldBe(before.Checksum);
                (await EnrolmentAsync(database)).ShouldBe(DraftRows);
                keptPrevious++;
                TestContext.Current.TestOutputHelper?.WriteLine($"killed {(whileWriting ? "while writing" : "while reading")}: the previous draft was kept");
            }
            else
            {
                filing.Version.ShouldBe(before.Version + 1);
                filing.RowCount.ShouldBe(BigRows);
                (await EnrolmentAsync(database)).ShouldBe(InSchool(file), "the enrolment measure counts the students 在籍");
                TestContext.Current.TestOutputHelper?.WriteLine($"killed {(whileWriting ? "while writing" : "while reading")}: after the commit, the whole new draft is there");
            }

            await app.KillAsync();
            await FaultDatabase.AssertIntactAsync(database);
        }

        keptPrevious.ShouldBeGreaterThan(0, "at least one kill must have landed before the import's commit");
    }

    private static Process StartImport(TestDatabase database, string file)
    {
        var start = Zmd("import", "students", file, "--school", School, "--year", Year.ToString(CultureInfo.InvariantCulture));
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        return Process.Start(start)!;
    }

    /// <summary>`zmd generate students`: a valid roster of <see cref="BigRows"/> distinct students for the school year.</summary>
    private static async Task GenerateAsync(string file)
    {
        using var zmd = Process.Start(Zmd("generate", "students", "--rows", BigRows.ToString(CultureInfo.InvariantCulture), "--out", file,
            "--year", Year.ToString(CultureInfo.InvariantCulture)))!;
        var output = ProcessOutput.Follow(zmd);
        await zmd.WaitForExitAsync();
        zmd.ExitCode.ShouldBe(0, output.Text);
    }

    private static ProcessStartInfo Zmd(params string[] args)
    {
        var dll = Path.Combine(RepositoryPaths.Root, "src", "Zmd.Vocational.Cli", "bin", AppProcess.BuildConfiguration, "net10.0", "zmd.dll");
        File.Exists(dll).ShouldBeTrue($"zmd is not built at {dll}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ZMD_LANG");
        return start;
    }

    /// <summary>After the file is read, the rows are validated and then written in one transaction: waits for the first
    /// sign of that transaction's writes. Polled from the half-read point on (reading and validating write nothing): the
    /// progress bar's last state only ends its line once the import is over, so no output marks the end of reading.</summary>
    private static async Task WaitUntilWritingAsync(TestDatabase database, Process zmd, ProcessOutput output)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            zmd.HasExited.ShouldBeFalse("zmd ended before it was seen writing:\n" + output.Text);
            if (await FaultDatabase.HasWritingTransactionAsync(database))
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("zmd was never seen writing:\n" + output.Text);
    }

    /// <summary>Rows of the generated roster whose 学籍状态 (the ninth column) is 在籍.</summary>
    private static int InSchool(string file) => File.ReadLines(file).Skip(1).Count(line => line.Split(',')[8] == "在籍");

    private static int Percent(string line)
    {
        var match = ProgressPattern().Match(line);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    [GeneratedRegex(@"\]\s+(\d+)%")]
    private static partial Regex ProgressPattern();
}
