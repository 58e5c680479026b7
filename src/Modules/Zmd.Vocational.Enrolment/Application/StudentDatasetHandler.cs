using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>The student roster's side of a filing: the domain rules of a row, and its storage in EnrStudents. Filing does
/// the parsing, type, code-list, check-digit, duplicate and reference checks, and owns the transaction.</summary>
internal sealed class StudentDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser) : IDatasetHandler
{
    /// <summary>The name of the composed DbContext's school filter (Zmd.Vocational.Data, which modules cannot reference).</summary>
    internal const string SchoolScopeFilter = Zmd.Vocational.Core.Data.QueryFilters.SchoolScope;

    /// <summary>ID numbers per query of the cross-school check.</summary>
    internal const int LookupBatchSize = 500;

    private IQueryable<StudentRecord> Students => db.Set<StudentRecord>().AsNoTracking();

    public DatasetDefinition Definition => StudentDataset.Definition;

    /// <summary>A student cannot have entered after the school year filed for began.</summary>
    public void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => StudentRules.Validate(row, scope.Year, errors);

    public async Task<int> ReplaceAsync(FilingScope scope, IAsyncEnumerable<FilingRow> rows, CancellationToken ct)
    {
        // The set-based delete bypasses the school filter: refuse another school's scope here as well.
        if (!currentUser.CanAccessSchool(scope.SchoolId))
        {
            throw new BusinessException(CoreErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        await bulk.DeleteWhereAsync<StudentRecord>(new Dictionary<string, object>
        {
            [nameof(StudentRecord.SchoolId)] = scope.SchoolId,
            [nameof(StudentRecord.Year)] = scope.Year,
        }, ct);
        var inserted = await bulk.InsertAsync<StudentRecord>(StudentDataset.StoredProperties, StoredValues(scope, rows, ct), ct);
        return checked((int)inserted);
    }

    public Task<int> CountAsync(FilingScope scope, CancellationToken ct) => Of(scope).CountAsync(ct);

    public async Task<IReadOnlySet<string>> KeysAsync(FilingScope scope, string columnKey, CancellationToken ct)
    {
        Expression<Func<StudentRecord, string?>> column = columnKey switch
        {
            nameof(StudentRecord.StudentNumber) => s => s.StudentNumber,
            nameof(StudentRecord.IdNumber) => s => s.IdNumber,
            nameof(StudentRecord.MajorCode) => s => s.MajorCode,
            nameof(StudentRecord.CohortCode) => s => s.CohortCode,
            _ => throw new ArgumentException($"Dataset {StudentDataset.Definition.Code} has no key column {columnKey}.", nameof(columnKey)),
        };

        var keys = await Of(scope).Select(column).Where(v => v != null).Distinct().ToListAsync(ct);
        return keys.Select(k => k!).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, Guid>> FiledElsewhereAsync(FilingScope scope, IReadOnlyCollection<string> values, CancellationToken ct)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var batch in values.Distinct(StringComparer.Ordinal).Chunk(LookupBatchSize))
        {
            // Other schools' rows: only the school filter is lifted, any other filter still applies.
            var hits = await db.Set<StudentRecord>()
                .IgnoreQueryFilters([SchoolScopeFilter])
                .AsNoTracking()
                .Where(s => s.Year == scope.Year && s.SchoolId != scope.SchoolId && batch.Contains(s.IdNumber))
                .Select(s => new { s.IdNumber, s.SchoolId })
                .ToListAsync(ct);
            foreach (var hit in hits)
            {
                found.TryAdd(hit.IdNumber, hit.SchoolId);
            }
        }

        return found;
    }

    public bool ChecksAcrossSchoolsAfterReplace => true;

    /// <summary>One join over the (Year, IdNumber, SchoolId) index between the rows just stored and other schools' rows
    /// of the year: a million-row roster is checked in a fraction of a second instead of thousands of look-ups.</summary>
    public async Task<IReadOnlyDictionary<string, Guid>> FiledElsewhereAfterReplaceAsync(FilingScope scope, CancellationToken ct)
    {
        var all = db.Set<StudentRecord>().IgnoreQueryFilters([SchoolScopeFilter]).AsNoTracking();
        var hits = await all.Where(s => s.SchoolId == scope.SchoolId && s.Year == scope.Year)
            .Join(all.Where(o => o.Year == scope.Year && o.SchoolId != scope.SchoolId), s => s.IdNumber, o => o.IdNumber,
                (s, o) => new { s.IdNumber, o.SchoolId })
            .Take(100_000)
            .ToListAsync(ct);
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            found.TryAdd(hit.IdNumber, hit.SchoolId);
        }

        return found;
    }

    public async IAsyncEnumerable<object?[]> ReadAsync(FilingScope scope, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = Of(scope).OrderBy(s => s.StudentNumber).AsAsyncEnumerable();
        await foreach (var student in query.WithCancellation(ct))
        {
            yield return StudentDataset.ToColumnValues(student);
        }
    }

    private IQueryable<StudentRecord> Of(FilingScope scope) =>
        Students.Where(s => s.SchoolId == scope.SchoolId && s.Year == scope.Year);

    /// <summary>Maps rows one by one as the inserter pulls them: a million-row upload is never held in memory.</summary>
    private static async IAsyncEnumerable<object?[]> StoredValues(FilingScope scope, IAsyncEnumerable<FilingRow> rows,
        [EnumeratorCancellation] CancellationToken ct)
    {
        object schoolId = scope.SchoolId;
        object year = scope.Year;
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return StudentDataset.ToStoredValues(schoolId, year, row);
        }
    }
}
