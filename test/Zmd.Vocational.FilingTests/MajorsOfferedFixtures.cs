using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Enrolment.Application;
using Zmd.Vocational.Enrolment.Data;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.FilingTests;

/// <summary>The real majors-offered handler over an in-memory SQLite database holding Enrolment's tables, with the real
/// major catalogue of seeds/majors.csv: what the upload pipeline would run, without the web host or a migration.</summary>
internal sealed class MajorsOfferedFixture : IDisposable
{
    public static readonly string[] Headers = MajorOfferedDataset.Definition.Columns.Select(c => c.HeaderZh).ToArray();

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public MajorsOfferedFixture()
    {
        _connection.Open();
        Db = new EnrolmentTestDb(new DbContextOptionsBuilder<EnrolmentTestDb>().UseSqlite(_connection).Options);
        Db.Database.EnsureCreated();
        Handler = new MajorOfferedDatasetHandler(Db, new EfBulkInserter(Db), FakeUser.SchoolFiler(School));
    }

    public Guid School { get; } = Guid.NewGuid();

    public FilingScope Scope => new(School, 2026);

    public EnrolmentTestDb Db { get; }

    public MajorOfferedDatasetHandler Handler { get; }

    public TempFolder Folder { get; } = new();

    public CodeListSource CodeLists { get; } = new(new SeedMajorCatalog(), []);

    public UploadFile Csv(IEnumerable<IReadOnlyList<string?>> dataRows, string[]? header = null, Encoding? encoding = null, string name = "开设专业.csv")
    {
        var rows = new List<IReadOnlyList<string?>> { header ?? Headers };
        rows.AddRange(dataRows);
        var path = Folder.WriteCsv(Guid.NewGuid().ToString("N") + ".csv", rows, encoding ?? new UTF8Encoding(false));
        return new UploadFile(path, name);
    }

    public async Task<ValidationOutcome> ValidateAsync(UploadFile file, Func<string, IReadOnlyDictionary<string, object?>, string>? format = null)
    {
        var context = new ValidationContext
        {
            Scope = Scope,
            Today = new DateOnly(2026, 10, 1),
            CodeLists = await CodeLists.ForAsync(MajorOfferedDataset.Definition, default),
        };
        return await new UploadValidator(Handler, context, format ?? TestMessages.Format).ValidateAsync(file, default);
    }

    public void Dispose()
    {
        Db.Dispose();
        _connection.Dispose();
        Folder.Dispose();
    }
}

/// <summary>A DbContext with Enrolment's model only, as the composed context configures it.</summary>
internal sealed class EnrolmentTestDb(DbContextOptions<EnrolmentTestDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ConfigureEnrolment();
}

/// <summary>The bulk inserter's contract through EF: each stored value is set on its property as is, so a value of the
/// wrong type (a long for an int column) fails here as it would in the real inserter.</summary>
internal sealed class EfBulkInserter(DbContext db) : IBulkInserter
{
    public async Task<long> InsertAsync<TEntity>(IReadOnlyList<string> properties, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
        where TEntity : class
    {
        var setters = properties.Select(p => typeof(TEntity).GetProperty(p) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no {p}.")).ToArray();
        long count = 0;
        await foreach (var values in rows.WithCancellation(ct))
        {
            values.Length.ShouldBe(setters.Length);
            var entity = Activator.CreateInstance<TEntity>();
            for (var i = 0; i < setters.Length; i++)
            {
                setters[i].SetValue(entity, values[i]);
            }

            db.Add(entity);
            count++;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return count;
    }

    public async Task<int> DeleteWhereAsync<TEntity>(IReadOnlyDictionary<string, object> equals, CancellationToken ct)
        where TEntity : class
    {
        var matching = (await db.Set<TEntity>().ToListAsync(ct))
            .Where(e => equals.All(kv => Equals(typeof(TEntity).GetProperty(kv.Key)!.GetValue(e), kv.Value)))
            .ToList();
        db.RemoveRange(matching);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return matching.Count;
    }
}

/// <summary>The major catalogue as the system seeds it (seeds/majors.csv of the repository).</summary>
internal sealed class SeedMajorCatalog : IMajorCatalog
{
    /// <summary>The repository's seeds folder, found upwards from the test's output folder.</summary>
    public static SeedsLocation Seeds { get; } = new(FindSeeds());

    private static readonly Lazy<IReadOnlyList<MajorDto>> All = new(() => SeedCsvFile.Read(Seeds.Directory, "majors.csv")
        .Select(r => new MajorDto(Guid.NewGuid(), r.Required("code"), r.Required("name"), r.Required("level") switch
        {
            "高职专科" => MajorLevel.Associate,
            "职业本科" => MajorLevel.Bachelor,
            _ => MajorLevel.Secondary,
        }, r.Required("category")))
        .ToList());

    public static IReadOnlyList<MajorDto> Majors => All.Value;

    public Task<IReadOnlyList<MajorDto>> ListAsync(MajorLevel? level, string? search, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<MajorDto>>(All.Value.Where(m => level is null || m.Level == level).ToList());

    public Task<MajorDto?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        Task.FromResult(All.Value.FirstOrDefault(m => m.Code == code));

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(seeds, "majors.csv")))
            {
                return seeds;
            }
        }

        throw new InvalidOperationException("No seeds/majors.csv above " + AppContext.BaseDirectory);
    }
}
