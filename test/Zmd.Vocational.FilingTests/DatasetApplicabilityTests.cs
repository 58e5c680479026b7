using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Filing.Application;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.FilingTests;

/// <summary>A dataset with school types is filed by those schools only: an upload for any other school is refused before
/// the file is read, with a message naming the school, its type and the types that do file it.</summary>
public sealed class DatasetApplicabilityTests : IDisposable
{
    private static readonly DatasetDefinition CollegeOnly = TestData.Dataset with
    {
        Code = "college-only",
        References = null,
        UniqueAcrossSchools = null,
        SchoolTypes = [SchoolType.TechnicianCollege],
    };

    private readonly TempFolder _folder = new();
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContext _db;
    private readonly FakeHandler _handler = new(CollegeOnly);
    private readonly RecordingLedger _ledger = new();
    private readonly SchoolDto _secondary = FakeSchools.School("3141172801", "遂平县职业教育中心");
    private readonly SchoolDto _college = FakeSchools.School("5141170001", "驻马店技师学院") with { Type = SchoolType.TechnicianCollege };

    public DatasetApplicabilityTests()
    {
        _connection.Open();
        _db = new DbContext(new DbContextOptionsBuilder().UseSqlite(_connection).Options);
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
        _folder.Dispose();
    }

    private FilingImport Import(SchoolDto school)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Filing:ReportsDirectory"] = _folder.File("reports"),
        }).Build();
        var localizer = new JsonStringLocalizer(new JsonLocalizationStore([typeof(FilingImport).Assembly, typeof(SchoolType).Assembly]));
        var user = FakeUser.SchoolFiler(school.Id);
        return new FilingImport([_handler], new FakeSchools(user, _secondary, _college), new Zmd.Vocational.Filing.Intake.CodeListSource(new FakeMajors(), []),
            _ledger, [], new RecordingCrossSchoolCheck(), _db, user, configuration, localizer, TimeProvider.System);
    }

    private static MemoryStream Csv() =>
        new(new UTF8Encoding(false).GetBytes(TestData.Csv([TestData.Headers, .. Enumerable.Range(1, 3).Select(n => With(TestData.Row(n), "CohortCode", ""))])));

    private static string[] With(string[] row, string key, string value)
    {
        row[TestData.Dataset.IndexOf(key)] = value;
        return row;
    }

    [Fact]
    public void A_dataset_without_school_types_applies_to_every_school_and_one_with_them_to_those_only()
    {
        Enum.GetValues<SchoolType>().ShouldAllBe(t => TestData.Dataset.AppliesTo(t));
        Enum.GetValues<SchoolType>().Where(CollegeOnly.AppliesTo).ShouldBe([SchoolType.TechnicianCollege]);
    }

    [Fact]
    public async Task An_upload_for_a_school_that_does_not_file_the_dataset_is_refused_and_nothing_is_stored()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            using var content = Csv();
            var refused = await Should.ThrowAsync<BusinessException>(() => Import(_secondary).ImportAsync("college-only", _secondary.Code, 2026, "x.csv", content));

            (refused.Code, refused.Kind).ShouldBe((FilingErrorCodes.NotApplicable, ErrorKind.Validation));
            (refused.Args["school"], refused.Args["schoolType"], refused.Args["types"]).ShouldBe(("遂平县职业教育中心", "中职", "技师学院"));
            _handler.Stored.ShouldBeEmpty();
            _ledger.Recorded.ShouldBeEmpty();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task The_same_upload_for_the_college_is_stored()
    {
        using var content = Csv();
        var result = await Import(_college).ImportAsync("college-only", _college.Code, 2026, "x.csv", content);

        result.Stored.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        _handler.Stored.Count.ShouldBe(3);
        _ledger.Recorded.ShouldBe(["college-only"]);
    }

    private sealed class RecordingLedger : IFilingLedger
    {
        public List<string> Recorded { get; } = [];

        public Task EnsureCanUploadAsync(FilingScope scope, string datasetCode, CancellationToken ct) => Task.CompletedTask;

        public Task<FilingDto> RecordUploadAsync(FilingScope scope, string datasetCode, int rowCount, string fileName, CancellationToken ct)
        {
            Recorded.Add(datasetCode);
            return Task.FromResult(new FilingDto(Guid.NewGuid(), scope.SchoolId, "", "", scope.Year, datasetCode, FilingState.Draft, 1, rowCount,
                null, null, null, null, null, null, null));
        }
    }
}
