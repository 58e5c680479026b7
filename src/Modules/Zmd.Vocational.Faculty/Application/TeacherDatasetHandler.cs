using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Faculty.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Faculty.Application;

/// <summary>The teacher roster's side of a filing: the domain rules of a row, and its storage in FacTeachers. Filing does
/// the parsing, type, code-list, check-digit and duplicate checks, and owns the transaction.</summary>
internal sealed class TeacherDatasetHandler(DbContext db, IBulkInserter bulk, ICurrentUser currentUser) : IDatasetHandler
{
    private IQueryable<TeacherRecord> Teachers => db.Set<TeacherRecord>().AsNoTracking();

    public DatasetDefinition Definition => TeacherDataset.Definition;

    /// <summary>Dual-qualified recognition may date up to the year the filed school year ends in (2025 runs to August 2026).</summary>
    public void ValidateRow(FilingScope scope, FilingRow row, IRowErrors errors) => TeacherRules.Validate(row, scope.Year + 1, errors);

    public async Task<int> ReplaceAsync(FilingScope scope, IAsyncEnumerable<FilingRow> rows, CancellationToken ct)
    {
        // The set-based delete bypasses the school filter: refuse another school's scope here as well.
        if (!currentUser.CanAccessSchool(scope.SchoolId))
        {
            throw new BusinessException(CoreErrorCodes.Forbidden, ErrorKind.Forbidden);
        }

        await bulk.DeleteWhereAsync<TeacherRecord>(new Dictionary<string, object>
        {
            [nameof(TeacherRecord.SchoolId)] = scope.SchoolId,
            [nameof(TeacherRecord.Year)] = scope.Year,
        }, ct);
        var inserted = await bulk.InsertAsync<TeacherRecord>(TeacherDataset.StoredProperties, StoredValues(scope, rows, ct), ct);
        return checked((int)inserted);
    }

    public Task<int> CountAsync(FilingScope scope, CancellationToken ct) => Of(scope).CountAsync(ct);

    public async Task<IReadOnlySet<string>> KeysAsync(FilingScope scope, string columnKey, CancellationToken ct)
    {
        Expression<Func<TeacherRecord, string>> column = columnKey switch
        {
            nameof(TeacherRecord.StaffNumber) => t => t.StaffNumber,
            nameof(TeacherRecord.IdNumber) => t => t.IdNumber,
            _ => throw new ArgumentException($"Dataset {TeacherDataset.Definition.Code} has no key column {columnKey}.", nameof(columnKey)),
        };

        var keys = await Of(scope).Select(column).Distinct().ToListAsync(ct);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The teacher roster has no UniqueAcrossSchools column (a teacher may teach part-time at another school).</summary>
    public Task<IReadOnlyDictionary<string, Guid>> FiledElsewhereAsync(FilingScope scope, IReadOnlyCollection<string> values, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, Guid>>(new Dictionary<string, Guid>(StringComparer.Ordinal));

    public async IAsyncEnumerable<object?[]> ReadAsync(FilingScope scope, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = Of(scope).OrderBy(t => t.StaffNumber).AsAsyncEnumerable();
        await foreach (var teacher in query.WithCancellation(ct))
        {
            yield return TeacherDataset.ToColumnValues(teacher);
        }
    }

    private IQueryable<TeacherRecord> Of(FilingScope scope) =>
        Teachers.Where(t => t.SchoolId == scope.SchoolId && t.Year == scope.Year);

    /// <summary>Maps rows one by one as the inserter pulls them: an upload is never held in memory.</summary>
    private static async IAsyncEnumerable<object?[]> StoredValues(FilingScope scope, IAsyncEnumerable<FilingRow> rows,
        [EnumeratorCancellation] CancellationToken ct)
    {
        object schoolId = scope.SchoolId;
        object year = scope.Year;
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return TeacherDataset.ToStoredValues(schoolId, year, row);
        }
    }
}
