using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Application;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.FilingTests;

/// <summary>The import end to end over an in-memory SQLite connection: the fake handler writes its rows with SQL in the
/// import's transaction, so a failure after it shows whether the previous rows survive.</summary>
public sealed class FilingImportTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContext _db;
    private readonly FakeHandler _handler = new();
    private readonly FakeLedger _ledger = new();
    private readonly RecordingObserver _observer = new();
    private readonly RecordingCrossSchoolCheck _crossSchool;
    private readonly SchoolDto _school = FakeSchools.School("41170001", "驻马店农业学校");
    private readonly SchoolDto _otherSchool = FakeSchools.School("41170002", "驻马店财经学校");

    public FilingImportTests()
    {
        _connection.Open();
        _db = new DbContext(new DbContextOptionsBuilder().UseSqlite(_connection).Options);
        _crossSchool = new RecordingCrossSchoolCheck(_db);
        _db.Database.ExecuteSqlRaw("CREATE TABLE Roster (Number TEXT NOT NULL)");
        _handler.OnReplace = async (_, rows, ct) =>
        {
            await _db.Database.ExecuteSqlRawAsync("DELETE FROM Roster", ct);
            foreach (var row in rows)
            {
                await _db.Database.ExecuteSqlRawAsync("INSERT INTO Roster (Number) VALUES ({0})", [row.Text(0)!], ct);
            }
        };
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
        _folder.Dispose();
    }

    private FilingImport Import(ICurrentUser user, long maxBytes = 10_000_000)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Filing:ReportsDirectory"] = _folder.File("reports"),
            ["Filing:MaxUploadBytes"] = maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var localizer = new JsonStringLocalizer(new JsonLocalizationStore([typeof(FilingImport).Assembly]));
        _observer.CountRows = () => StoredNumbers().Count;
        _crossSchool.CountRows = () => StoredNumbers().Count;
        return new FilingImport([_handler, new FakeHandler(CohortDataset.Definition) { Keys = { ["CohortCode"] = new HashSet<string>(["C01"]) } }],
            new FakeSchools(user, _school, _otherSchool), new Zmd.Vocational.Filing.Intake.CodeListSource(new FakeMajors(), []), _ledger, [_observer],
            _crossSchool, _db, user, configuration, localizer, TimeProvider.System);
    }

    private static MemoryStream CsvStream(IEnumerable<string[]> dataRows)
    {
        var rows = new List<IReadOnlyList<string?>> { TestData.Headers };
        rows.AddRange(dataRows);
        return new MemoryStream(new UTF8Encoding(false).GetBytes(TestData.Csv(rows)));
    }

    private List<string> StoredNumbers() =>
        _db.Database.SqlQueryRaw<string>("SELECT Number AS Value FROM Roster ORDER BY Number").ToList();

    [Fact]
    public async Task A_clean_upload_replaces_the_rows_and_records_the_draft()
    {
        using var content = CsvStream(Enumerable.Range(1, 30).Select(TestData.Row));

        var result = await Import(FakeUser.SchoolFiler(_school.Id)).ImportAsync(TestData.Students, _school.Code, 2025, "学生.csv", content);

        result.Stored.ShouldBeTrue();
        (result.RowCount, result.ErrorCount, result.ErrorReportId).ShouldBe((30, 0, null));
        result.Filing.ShouldNotBeNull();
        _ledger.Recorded.ShouldBe([(new FilingScope(_school.Id, 2025), TestData.Students, 30, "学生.csv")]);
        StoredNumbers().Count.ShouldBe(30);
        // Told inside the transaction, after the rows were stored, so derived figures land with them.
        _observer.Replaced.ShouldBe([(new FilingScope(_school.Id, 2025), TestData.Students, 30)]);
    }

    [Fact]
    public async Task The_cross_school_check_runs_last_inside_the_transaction_over_the_stored_rows()
    {
        var rows = Enumerable.Range(1, 12).Select(TestData.Row).ToList();
        using var content = CsvStream(rows);

        var result = await Import(FakeUser.SchoolFiler(_school.Id)).ImportAsync(TestData.Students, _school.Code, 2025, "学生.csv", content);

        var run = _crossSchool.Runs.ShouldHaveSingleItem();
        (run.Scope, run.InTransaction, run.RowsVisible).ShouldBe((new FilingScope(_school.Id, 2025), true, 12));
        run.Filing.ShouldBe(result.Filing, "after the filing was recorded: it is the filing answered");
        // The upload's ID numbers per region and birth date, counted while checking (rows 1–12 share one: born 2008-01-15).
        var ids = rows.Select(r => r[TestData.Dataset.IndexOf("IdNumber")]).ToList();
        ids.Select(id => id[..14]).Distinct().ShouldHaveSingleItem();
        run.RowsSharingPrefix(ids[3]).ShouldBe(12);
        run.RowsSharingPrefix(ids[0][..6] + "19990101" + "0011").ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_upload_is_not_checked_against_other_schools()
    {
        var rows = Enumerable.Range(1, 5).Select(TestData.Row).ToList();
        rows[2][9] = "C77";
        using var content = CsvStream(rows);

        (await Import(FakeUser.SchoolFiler(_school.Id)).ImportAsync(TestData.Students, _school.Code, 2025, "学生.csv", content)).Stored.ShouldBeFalse();

        _crossSchool.Runs.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_upload_with_errors_stores_nothing_and_offers_the_report_to_its_school()
    {
        var user = FakeUser.SchoolFiler(_school.Id);
        using (var first = CsvStream(Enumerable.Range(1, 3).Select(TestData.Row)))
        {
            await Import(user).ImportAsync(TestData.Students, _school.Code, 2025, "学生.csv", first);
        }

        var rows = Enumerable.Range(1, 10).Select(TestData.Row).ToList();
        rows[4][9] = "C77";
        using var content = CsvStream(rows);

        var result = await Import(user).ImportAsync(TestData.Students, _school.Code, 2025, "学生.csv", content);

        result.Stored.ShouldBeFalse();
        result.ErrorCount.ShouldBe(1);
        _observer.Replaced.Count.ShouldBe(1, "only the first, clean upload replaced the rows");
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(FilingErrorCodes.UnknownReference);
        StoredNumbers().Count.ShouldBe(3);
        var report = (await Import(user).OpenErrorReportAsync(result.ErrorReportId!, showPersonalData: false)).ShouldNotBeNull();
        await report.Content.DisposeAsync();
        (await Import(FakeUser.SchoolFiler(_otherSchool.Id)).OpenErrorReportAsync(result.ErrorReportId!, showPersonalData: false)).ShouldBeNull();
    }

    [Fact]
    public async Task A_failure_after_the_rows_were_replaced_leaves_the_previous_draft_intact()
    {
        var user = FakeUser.SchoolFiler(_school.Id);
        using (var first = CsvStream(Enumerable.Range(1, 3).Select(TestData.Row)))
        {
            await Import(user).ImportAsync(TestData.Students, _school.Code, 2025, "学生.csv", first);
        }

        _ledger.FailOnRecord = true;
        using var second = CsvStream(Enumerable.Range(100, 20).Select(TestData.Row));

        await Should.ThrowAsync<InvalidOperationException>(() => Import(user).ImportAsync(TestData.Students, _school.Code, 2025, "学生.csv", second));

        StoredNumbers().ShouldBe(["S00001", "S00002", "S00003"]);
    }

    [Fact]
    public async Task A_school_user_cannot_upload_for_another_school()
    {
        using var content = CsvStream([TestData.Row(1)]);

        var error = await Should.ThrowAsync<BusinessException>(() =>
            Import(FakeUser.SchoolFiler(_school.Id)).ImportAsync(TestData.Students, _otherSchool.Code, 2025, "学生.csv", content));

        (error.Code, error.Kind).ShouldBe((FilingErrorCodes.UnknownSchool, ErrorKind.NotFound));
        _ledger.Recorded.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_bureau_may_upload_for_any_school()
    {
        using var content = CsvStream([TestData.Row(1)]);

        var result = await Import(FakeUser.Bureau()).ImportAsync(TestData.Students, _otherSchool.Code, 2025, "学生.csv", content);

        result.Stored.ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused()
    {
        using var content = CsvStream(Enumerable.Range(1, 100).Select(TestData.Row));

        var error = await Should.ThrowAsync<BusinessException>(() =>
            Import(FakeUser.Bureau(), maxBytes: 1000).ImportAsync(TestData.Students, _school.Code, 2025, "学生.csv", content));

        error.Code.ShouldBe(FilingErrorCodes.FileTooLarge);
    }

    [Theory]
    [InlineData("teachers", "学生.csv", FilingErrorCodes.UnknownDataset)]
    [InlineData(TestData.Students, "学生.xls", FilingErrorCodes.UnsupportedFile)]
    public async Task Unknown_datasets_and_formats_are_refused(string dataset, string fileName, string code)
    {
        using var content = CsvStream([TestData.Row(1)]);

        var error = await Should.ThrowAsync<BusinessException>(() =>
            Import(FakeUser.Bureau()).ImportAsync(dataset, _school.Code, 2025, fileName, content));

        error.Code.ShouldBe(code);
    }

    private sealed class FakeLedger : IFilingLedger
    {
        public List<(FilingScope Scope, string Dataset, int Rows, string FileName)> Recorded { get; } = [];

        public bool FailOnRecord { get; set; }

        public Task EnsureCanUploadAsync(FilingScope scope, string datasetCode, CancellationToken ct) => Task.CompletedTask;

        public Task<FilingDto> RecordUploadAsync(FilingScope scope, string datasetCode, int rowCount, string fileName, CancellationToken ct)
        {
            if (FailOnRecord)
            {
                throw new InvalidOperationException("The ledger failed after the rows were replaced.");
            }

            Recorded.Add((scope, datasetCode, rowCount, fileName));
            return Task.FromResult(new FilingDto(Guid.NewGuid(), scope.SchoolId, "", "", scope.Year, datasetCode, FilingState.Draft, Recorded.Count,
                rowCount, DateTime.UtcNow, "tester", null, null, null, null, null));
        }
    }
}

/// <summary>Records when the import tells its observers, and how many rows were stored at that moment.</summary>
internal sealed class RecordingObserver : IFilingObserver
{
    public List<(FilingScope Scope, string Dataset, int RowsVisible)> Replaced { get; } = [];

    public Func<int> CountRows { get; set; } = () => -1;

    public Task DatasetReplacedAsync(FilingScope scope, string datasetCode, CancellationToken ct)
    {
        Replaced.Add((scope, datasetCode, CountRows()));
        return Task.CompletedTask;
    }

    public Task StateChangingAsync(FilingScope scope, string datasetCode, FilingState state, CancellationToken ct) => Task.CompletedTask;

    public Task DataChangedAsync(FilingScope scope, string datasetCode, FilingState state, CancellationToken ct) => Task.CompletedTask;
}
