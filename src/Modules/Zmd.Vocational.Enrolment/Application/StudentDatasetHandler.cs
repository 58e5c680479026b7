using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>The student roster's side of a filing: the domain rules of a row, its storage in EnrStudents (Filing's shared
/// <see cref="SchoolYearDatasetHandler{TRecord}"/>), and the check that no other school filed the same ID number.</summary>
internal sealed class StudentDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<StudentRecord>(db, bulk, currentUser)
{
    /// <summary>The name of the composed DbContext's school filter (Zmd.Vocational.Data, which modules cannot reference).</summary>
    internal const string SchoolScopeFilter = QueryFilters.SchoolScope;

    /// <summary>ID numbers per query of the cross-school check.</summary>
    internal const int LookupBatchSize = 500;

    private readonly DbContext _db = db;

    public override DatasetDefinition Definition => StudentDataset.Definition;

    protected override IReadOnlyList<string> StoredProperties => StudentDataset.StoredProperties;

    /// <summary>A student cannot have entered after the school year filed for began.</summary>
    public override void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => StudentRules.Validate(row, scope.Year, errors);

    protected override object?[] ToStoredValues(object schoolId, object year, FilingRow row) => StudentDataset.ToStoredValues(schoolId, year, row);

    protected override object?[] ToColumnValues(StudentRecord record) => StudentDataset.ToColumnValues(record);

    protected override Expression<Func<StudentRecord, string?>>? KeyColumn(string columnKey) => columnKey switch
    {
        nameof(StudentRecord.StudentNumber) => s => s.StudentNumber,
        nameof(StudentRecord.IdNumber) => s => s.IdNumber,
        nameof(StudentRecord.MajorCode) => s => s.MajorCode,
        nameof(StudentRecord.CohortCode) => s => s.CohortCode,
        _ => null,
    };

    protected override IOrderedQueryable<StudentRecord> Ordered(IQueryable<StudentRecord> rows) => rows.OrderBy(s => s.StudentNumber);

    public override async Task<IReadOnlyDictionary<string, Guid>> FiledElsewhereAsync(FilingScope scope, IReadOnlyCollection<string> values, CancellationToken ct)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var batch in values.Distinct(StringComparer.Ordinal).Chunk(LookupBatchSize))
        {
            // Other schools' rows: only the school filter is lifted, any other filter still applies.
            var hits = await _db.Set<StudentRecord>()
                .IgnoreQueryFilters([SchoolScopeFilter])
                .AsNoTracking()
                .Where(s => s.Year == scope.Year && s.SchoolId != scope.SchoolId && batch.Contains(s.IdNumber))
                .Select(s => new FiledHit(s.IdNumber, s.SchoolId))
                .ToListAsync(ct);
            AddFirstSchools(found, hits);
        }

        return found;
    }

    public override bool ChecksAcrossSchoolsAfterReplace => true;

    /// <summary>Rosters up to this size are checked by looking their ID numbers up, larger ones with one join over the
    /// year. A look-up costs a few microseconds an ID number; the join reads the whole year's index once (about half a
    /// second per million rows on SQLite), so it only pays for rosters of tens of thousands.</summary>
    internal const int LookUpRosterLimit = 20_000;

    /// <summary>The check after storing, with its cost bounded by what is cheaper: the school's own roster (a school's
    /// upload into a province-scale year: thousands of look-ups, milliseconds) or the year (a very large roster: one join).
    /// Not left to the database's planner: SQLite without ANALYZE statistics scans the whole year for both queries (the
    /// year's (Year, IdNumber, SchoolId) index covers them), seconds per upload at province scale.</summary>
    public override async Task<IReadOnlyDictionary<string, Guid>> FiledElsewhereAfterReplaceAsync(FilingScope scope, CancellationToken ct)
    {
        var all = _db.Set<StudentRecord>().IgnoreQueryFilters([SchoolScopeFilter]).AsNoTracking();
        var school = all.Where(s => s.SchoolId == scope.SchoolId && s.Year == scope.Year);

        // In student-number order and with the student number read: both make the (SchoolId, Year, StudentNumber) index
        // the only sensible plan (the year's index neither covers the student number nor gives that order).
        var own = await school
            .OrderBy(s => s.StudentNumber)
            .Select(s => new { s.StudentNumber, s.IdNumber })
            .Take(LookUpRosterLimit + 1)
            .ToListAsync(ct);
        if (own.Count <= LookUpRosterLimit)
        {
            return await FiledElsewhereAsync(scope, own.ConvertAll(s => s.IdNumber), ct);
        }

        var hits = await school
            .Join(all.Where(o => o.Year == scope.Year && o.SchoolId != scope.SchoolId), s => s.IdNumber, o => o.IdNumber,
                (s, o) => new FiledHit(s.IdNumber, o.SchoolId))
            .Take(100_000)
            .ToListAsync(ct);
        return AddFirstSchools(new Dictionary<string, Guid>(StringComparer.Ordinal), hits);
    }

    /// <summary>An ID number another school filed, and that school.</summary>
    private sealed record FiledHit(string IdNumber, Guid SchoolId);

    /// <summary>One school per ID number (any one: the message names none, it only says the student is filed elsewhere).</summary>
    private static Dictionary<string, Guid> AddFirstSchools(Dictionary<string, Guid> found, IEnumerable<FiledHit> hits)
    {
        foreach (var hit in hits)
        {
            found.TryAdd(hit.IdNumber, hit.SchoolId);
        }

        return found;
    }
}
