using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.FilingTests;

/// <summary>A dataset handler kept in memory: an optional row rule, the keys of referenced datasets, stored rows.</summary>
internal sealed class FakeHandler(DatasetDefinition? definition = null) : IDatasetHandler
{
    public DatasetDefinition Definition { get; } = definition ?? TestData.Dataset;

    public Action<FilingRow, IRowErrors>? Rule { get; set; }

    public Dictionary<string, IReadOnlySet<string>> Keys { get; } = new(StringComparer.Ordinal);

    public List<FilingRow> Stored { get; } = [];

    /// <summary>Runs inside ReplaceAsync, e.g. to write through the test's DbContext.</summary>
    public Func<FilingScope, IReadOnlyList<FilingRow>, CancellationToken, Task>? OnReplace { get; set; }

    public void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => Rule?.Invoke(row, errors);

    public async Task<int> ReplaceAsync(FilingScope scope, IAsyncEnumerable<FilingRow> rows, CancellationToken ct)
    {
        var list = new List<FilingRow>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            list.Add(row);
        }

        if (OnReplace is not null)
        {
            await OnReplace(scope, list, ct);
        }

        Stored.Clear();
        Stored.AddRange(list);
        return list.Count;
    }

    public Task<int> CountAsync(FilingScope scope, CancellationToken ct) => Task.FromResult(Stored.Count);

    public Task<IReadOnlySet<string>> KeysAsync(FilingScope scope, string columnKey, CancellationToken ct) =>
        Task.FromResult(Keys.GetValueOrDefault(columnKey) ?? new HashSet<string>());

    public IAsyncEnumerable<object?[]> ReadAsync(FilingScope scope, CancellationToken ct) =>
        Stored.Select(r => r.Values).ToAsyncEnumerable();
}

/// <summary>A cohorts dataset, the target of the students' CohortCode reference.</summary>
internal static class CohortDataset
{
    public static readonly DatasetDefinition Definition = new(
        TestData.Cohorts, "现代学徒制班级", "Apprenticeship cohorts", 20,
        [new("CohortCode", "班级代码", "Cohort code", ColumnType.Text, Required: true)],
        UniqueInFile: ["CohortCode"]);
}

internal sealed class FakeUser(Guid? schoolId, params string[] roles) : ICurrentUser
{
    public bool IsAuthenticated => true;
    public Guid? UserId { get; } = Guid.NewGuid();
    public string? UserName => "tester";
    public Guid? SchoolId { get; } = schoolId;
    public bool IsSystem => false;
    public IReadOnlyCollection<string> Roles { get; } = roles;

    public static FakeUser SchoolFiler(Guid schoolId) => new(schoolId, RoleNames.SchoolFiler);

    public static FakeUser Bureau() => new(null, RoleNames.BureauApprover);
}

/// <summary>Schools as the directory shows them to a user: a school user only finds their own.</summary>
internal sealed class FakeSchools(ICurrentUser user, params SchoolDto[] schools) : ISchoolDirectory
{
    public static SchoolDto School(string code, string name) =>
        new(Guid.NewGuid(), code, name, SchoolType.SecondaryVocational, Guid.NewGuid(), "411702", "驿城区", SchoolOwnership.Public, true, DateTime.UtcNow, null);

    private IEnumerable<SchoolDto> Visible => schools.Where(s => user.CanAccessSchool(s.Id));

    public Task<IReadOnlyList<SchoolDto>> ListAsync(SchoolQuery query, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<SchoolDto>>(Visible.ToList());

    public Task<IReadOnlyList<SchoolDto>> ListAllActiveAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<SchoolDto>>(schools.Where(s => s.IsActive).ToList());

    public Task<SchoolDto> GetAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Visible.FirstOrDefault(s => s.Id == id)
            ?? throw Zmd.Vocational.Core.Errors.BusinessException.NotFound(InstitutionsErrorCodes.SchoolNotFound, id));

    public Task<SchoolDto?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        Task.FromResult(Visible.FirstOrDefault(s => s.Code == code));

    public Task<SchoolDto> CreateAsync(SchoolInput input, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SchoolDto> UpdateAsync(Guid id, SchoolInput input, CancellationToken ct = default) => throw new NotSupportedException();
}

internal sealed class FakeMajors : IMajorCatalog
{
    public Task<IReadOnlyList<MajorDto>> ListAsync(MajorLevel? level, string? search, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<MajorDto>>(TestData.Majors
            .Select(m => new MajorDto(Guid.NewGuid(), m.Code, m.Label, m.Code.StartsWith('7') ? MajorLevel.Secondary : MajorLevel.Associate, "电子与信息大类"))
            .ToList());

    public Task<MajorDto?> FindByCodeAsync(string code, CancellationToken ct = default) => throw new NotSupportedException();
}

/// <summary>Messages as "code{args}" so tests can assert on what was passed, without the localization files.</summary>
internal static class TestMessages
{
    public static string Format(string key, IReadOnlyDictionary<string, object?> args) =>
        key + "{" + string.Join(",", args.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value)) + "}";

    public static ValidationContext Context(FilingScope? scope = null, IReadOnlyDictionary<string, ReferenceTarget>? references = null) => new()
    {
        Scope = scope ?? new FilingScope(Guid.NewGuid(), 2025),
        Today = new DateOnly(2025, 10, 1),
        CodeLists = TestData.Lists(),
        References = references ?? new Dictionary<string, ReferenceTarget>
        {
            ["CohortCode"] = new("现代学徒制班级", new HashSet<string>(["C01", "C02"])),
        },
    };
}

/// <summary>Records the import's cross-school check: the scope, the filing recorded just before, whether a transaction
/// was open and how many rows were stored at that moment.</summary>
internal sealed class RecordingCrossSchoolCheck(Microsoft.EntityFrameworkCore.DbContext? db = null) : Zmd.Vocational.Filing.Application.ICrossSchoolCheck
{
    public List<(FilingScope Scope, FilingDto Filing, bool InTransaction, int RowsVisible, Func<string, int> RowsSharingPrefix)> Runs { get; } = [];

    public Func<int> CountRows { get; set; } = () => -1;

    public Task RunAsync(IDatasetHandler handler, FilingScope scope, FilingDto filing, Func<string, int> rowsSharingPrefix, CancellationToken ct)
    {
        Runs.Add((scope, filing, db?.Database.CurrentTransaction is not null, CountRows(), rowsSharingPrefix));
        return Task.CompletedTask;
    }
}
