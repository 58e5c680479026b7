using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>The student roster's side of a filing: the domain rules of a row, its storage in EnrStudents (Filing's shared
/// <see cref="SchoolYearDatasetHandler{TRecord}"/>), and the look-up of its ID numbers among other schools' rows.</summary>
internal sealed class StudentDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser)
    : SchoolYearDatasetHandler<StudentRecord>(db, bulk, currentUser)
{
    /// <summary>The name of the composed DbContext's school filter (Zmd.Vocational.Data, which modules cannot reference).</summary>
    internal const string SchoolScopeFilter = QueryFilters.SchoolScope;

    /// <summary>ID numbers per look-up query of the cross-school check.</summary>
    internal const int LookupBatchSize = 500;

    /// <summary>Rows of the school read per page of the cross-school check.</summary>
    internal const int PageSize = 5000;

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

    /// <summary>The school's ID numbers of the year, read in student-number order a page at a time (the school's
    /// (SchoolId, Year, StudentNumber) index), each page looked up among the other schools' rows of the year through the
    /// (Year, IdNumber, SchoolId) index: a few thousand index probes for a school, never a join over every school's
    /// roster. Pages, not one streaming read: PostgreSQL runs one command at a time on a connection.</summary>
    public override async Task<IReadOnlyList<CrossSchoolClash>> CrossSchoolClashesAsync(FilingScope scope, CancellationToken ct)
    {
        // Other schools' rows: only the school filter is lifted, any other filter still applies.
        var all = _db.Set<StudentRecord>().IgnoreQueryFilters([SchoolScopeFilter]).AsNoTracking();
        var clashes = new List<CrossSchoolClash>();
        // Keyset paging: CompareTo becomes SQL's ">" in the column's own collation, the order ORDER BY gives.
        var after = "";
        while (true)
        {
            var page = await all
                .Where(s => s.SchoolId == scope.SchoolId && s.Year == scope.Year && s.StudentNumber.CompareTo(after) > 0)
                .OrderBy(s => s.StudentNumber)
                .Select(s => new ClashRow(s.IdNumber, s.StudentNumber, s.Name))
                .Take(PageSize)
                .ToListAsync(ct);
            foreach (var batch in page.Chunk(LookupBatchSize))
            {
                var own = batch.ToDictionary(r => r.IdNumber, StringComparer.Ordinal);
                var values = own.Keys.ToList();
                var hits = await all
                    .Where(o => o.Year == scope.Year && values.Contains(o.IdNumber) && o.SchoolId != scope.SchoolId)
                    .Select(o => new { o.IdNumber, o.SchoolId, o.StudentNumber, o.Name })
                    .ToListAsync(ct);
                clashes.AddRange(hits.Select(h =>
                    new CrossSchoolClash(h.IdNumber, own[h.IdNumber].Shown, h.SchoolId, new ClashedRow(h.StudentNumber, h.Name))));
            }

            if (page.Count < PageSize)
            {
                return clashes;
            }

            after = page[^1].StudentNumber;
        }
    }

    /// <summary>A student row as the check reads it.</summary>
    private sealed record ClashRow(string IdNumber, string StudentNumber, string Name)
    {
        public ClashedRow Shown => new(StudentNumber, Name);
    }
}
