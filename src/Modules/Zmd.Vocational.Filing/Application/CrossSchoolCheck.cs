using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Domain;
using Zmd.Vocational.Identity.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>The cross-school duplicate check of an upload, inside its transaction, after its rows and its filing are
/// saved. It tells the uploader nothing: whatever it finds, the upload's answer, its stored rows and its filing are what
/// they would have been without it, so an upload of fabricated ID numbers learns nothing about other schools. What it
/// finds goes to the bureau: a finding per value and pair of schools, and for an upload that clashes unusually often
/// (<see cref="UnusualUploadRule"/>) a flag and a security log entry.</summary>
internal sealed class CrossSchoolCheck(
    DbContext db, ICurrentUser user, ISecurityLog securityLog, ISchoolDirectory schools, IConfiguration configuration, TimeProvider clock)
    : ICrossSchoolCheck
{
    public async Task RunAsync(IDatasetHandler handler, FilingScope scope, FilingDto filing, Func<string, int> rowsSharingPrefix, CancellationToken ct)
    {
        var dataset = handler.Definition;
        if (dataset.UniqueAcrossSchools is null)
        {
            return;
        }

        // PostgreSQL (READ COMMITTED): two schools uploading the same student at once would each miss the other's rows,
        // not yet committed. Taken last and held to the commit, this lock makes the later upload wait and then see the
        // earlier one's rows. Short: only this check runs under it. (SQLite: one writer at a time anyway.)
        await db.LockAsync($"filing-across:{scope.Year}:{dataset.Code}", ct);
        var clashes = await handler.CrossSchoolClashesAsync(scope, ct);
        await RecordFindingsAsync(scope, dataset.Code, clashes, ct);
        if (clashes.Count > 0)
        {
            var samePrefix = clashes.Max(c => rowsSharingPrefix(c.Value));
            if (UnusualUploadRule.From(configuration).IsUnusual(filing.RowCount, clashes.Count, samePrefix))
            {
                await FlagAsync(scope, dataset.Code, filing, clashes.Count, samePrefix, ct);
            }
        }
    }

    /// <summary>One finding per value and pair of schools that is not closed: a clash found again updates its rows (from
    /// whichever side uploaded), a new one is added. A finding still open whose clash this upload no longer has — the
    /// school dropped the row or changed the ID number, or the other school did so in its own upload — is closed here,
    /// automatically: the check of each upload looks at every live finding of its school, on either side, so the upload
    /// that removes a clash is the one that closes it. A resolved finding stays resolved (the bureau's decision stands
    /// while the clash lasts); a clash that comes back after being closed is a new finding.</summary>
    private async Task RecordFindingsAsync(FilingScope scope, string datasetCode, IReadOnlyList<CrossSchoolClash> clashes, CancellationToken ct)
    {
        var school = scope.SchoolId;
        var live = await db.Set<CrossSchoolDuplicate>()
            .Where(f => f.Year == scope.Year && f.DatasetCode == datasetCode && f.Status != DuplicateStatus.Closed
                && (f.SchoolId == school || f.OtherSchoolId == school))
            .ToListAsync(ct);
        var byKey = new Dictionary<(string, Guid), CrossSchoolDuplicate>();
        foreach (var finding in live)
        {
            byKey.TryAdd((finding.Value, finding.OtherThan(school)), finding);
        }

        var seen = new HashSet<(string, Guid)>();
        foreach (var clash in clashes)
        {
            var key = (clash.Value, clash.OtherSchoolId);
            seen.Add(key);
            if (byKey.TryGetValue(key, out var finding))
            {
                finding.Saw(school, clash.Row, clash.OtherRow);
                continue;
            }

            finding = new CrossSchoolDuplicate
            {
                Year = scope.Year, DatasetCode = datasetCode, Value = clash.Value, SchoolId = school, OtherSchoolId = clash.OtherSchoolId,
            };
            finding.Saw(school, clash.Row, clash.OtherRow);
            db.Add(finding);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var gone in live.Where(f => f.Status == DuplicateStatus.Open && !seen.Contains((f.Value, f.OtherThan(school)))))
        {
            gone.Status = DuplicateStatus.Closed;
            gone.ClosedAt = now;
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task FlagAsync(FilingScope scope, string datasetCode, FilingDto filing, int clashes, int samePrefix, CancellationToken ct)
    {
        db.Add(new FlaggedUpload
        {
            At = clock.GetUtcNow().UtcDateTime, UserName = user.UserName, SchoolId = scope.SchoolId, Year = scope.Year, DatasetCode = datasetCode,
            FilingVersion = filing.Version, Rows = filing.RowCount, Clashes = clashes, SamePrefixRows = samePrefix,
        });
        await db.SaveChangesAsync(ct);
        var school = await schools.GetAsync(scope.SchoolId, ct);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"school={school.Code}; dataset={datasetCode}; year={scope.Year}; rows={filing.RowCount}; clashes={clashes}; samePrefixRows={samePrefix}");
        await securityLog.WriteAsync(SecurityAction.UnusualCrossSchoolClashes, user.UserName ?? "", user.UserId, detail, ct);
    }
}

/// <summary>The import's seam to <see cref="CrossSchoolCheck"/> (the unit tests of the import run without its tables).</summary>
internal interface ICrossSchoolCheck
{
    /// <summary>Inside the upload's transaction, after its rows and filing are saved.</summary>
    /// <param name="rowsSharingPrefix">How many of the upload's ID numbers share a number's region and birth date
    /// (counted while checking the file, for the unusual-upload rule; 0 for a column that holds no ID numbers).</param>
    Task RunAsync(IDatasetHandler handler, FilingScope scope, FilingDto filing, Func<string, int> rowsSharingPrefix, CancellationToken ct);
}
