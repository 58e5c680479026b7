using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Domain;

namespace Zmd.Vocational.Targets.Application;

/// <summary>Data-quality findings over the stored measures of every state (a draft is checked before it is submitted),
/// for the filer and the approver. Reads through the school filter: a school user gets their own school only.</summary>
internal sealed class DataQualityService(
    DbContext db, ISchoolDirectory schools, IMonitoringSettings settings, ICurrentUser user, JsonStringLocalizer localizer)
    : IDataQualityService, IFilingAdvisor
{
    public async Task<IReadOnlyList<QualityFindingDto>> FindingsAsync(int year, string? schoolCode, CancellationToken ct = default)
    {
        Guid? schoolId = null;
        if (schoolCode is not null)
        {
            schoolId = (await SchoolAsync(schoolCode, ct)).Id;
        }
        else if (!user.SeesAllSchools())
        {
            schoolId = user.SchoolId ?? Guid.Empty;
        }

        var findings = await FindAsync(year, schoolId, ct);
        var names = (await schools.ListAsync(new SchoolQuery(), ct)).ToDictionary(s => s.Id);
        return findings
            .Where(f => names.ContainsKey(f.SchoolId))
            .Select(f => new QualityFindingDto(names[f.SchoolId].Code, names[f.SchoolId].Name, year, f.Finding.Rule,
                localizer.Format(f.Finding.Rule, f.Finding.Args), f.Finding.IsError, f.Explanation))
            .OrderBy(f => f.SchoolCode, StringComparer.Ordinal).ThenByDescending(f => f.IsError)
            .ToList();
    }

    public async Task<IReadOnlyList<FilingAdviceDto>> AdviseAsync(FilingScope scope, CancellationToken ct) =>
        (await FindAsync(scope.Year, scope.SchoolId, ct))
            .Select(f => new FilingAdviceDto(f.Finding.Rule, localizer.Format(f.Finding.Rule, f.Finding.Args), f.Finding.IsError, f.Explanation))
            .ToList();

    public async Task ExplainAsync(string schoolCode, int year, string rule, string explanation, CancellationToken ct = default)
    {
        var school = await SchoolAsync(schoolCode, ct);
        if (!QualityRules.Explainable.Contains(rule))
        {
            throw new BusinessException(TargetsErrorCodes.UnknownRule, ErrorKind.Validation, new Dictionary<string, object?> { ["rule"] = rule });
        }

        var text = Guard.Required(explanation, "Explanation", Data.TargetsModelBuilderExtensions.CommentLength);
        // Checked and written under the lock of the filing it is locked with, which that filing's submission takes too:
        // a submission cannot land between the check and the write.
        var filing = FilingLock.Key(new FilingScope(school.Id, year), QualityRules.DatasetOf(rule));
        await db.InLockedTransactionAsync("targets.quality-explanation", filing, async () =>
        {
            await EnsureEditableAsync(school.Id, year, rule, ct);
            var stored = await db.Set<QualityExplanation>().FirstOrDefaultAsync(e => e.SchoolId == school.Id && e.Year == year && e.Rule == rule, ct);
            if (stored is null)
            {
                stored = new QualityExplanation { SchoolId = school.Id, Year = year, Rule = rule };
                db.Add(stored);
            }

            stored.Text = text;
            return await db.SaveChangesAsync(ct);
        }, ct);
    }

    /// <summary>An explanation is part of what the approver reviews with the school's filing: it changes while that filing
    /// does (draft or returned) and is locked with it once submitted or approved, by the filings' own rule
    /// (<see cref="FilingTransitions.IsEditable"/>; the measures carry their filing's state).</summary>
    private async Task EnsureEditableAsync(Guid schoolId, int year, string rule, CancellationToken ct)
    {
        var measure = QualityRules.MeasureOf(rule);
        var state = await db.Set<SchoolMeasureValue>().AsNoTracking()
            .Where(v => v.SchoolId == schoolId && v.Year == year && v.Code == measure)
            .Select(v => (FilingState?)v.State)
            .FirstOrDefaultAsync(ct);
        if (state is { } s && !FilingTransitions.IsEditable(s))
        {
            throw new BusinessException(TargetsErrorCodes.ExplanationLocked, ErrorKind.Conflict,
                new Dictionary<string, object?> { ["state"] = s, ["year"] = year });
        }
    }

    private async Task<List<(Guid SchoolId, QualityFinding Finding, string? Explanation)>> FindAsync(int year, Guid? schoolId, CancellationToken ct)
    {
        var rows = await db.Set<SchoolMeasureValue>().AsNoTracking()
            .Where(v => (v.Year == year || v.Year == year - 1) && (schoolId == null || v.SchoolId == schoolId))
            .Select(v => new { v.SchoolId, v.Year, v.Code, v.Value })
            .ToListAsync(ct);
        var explanations = await db.Set<QualityExplanation>().AsNoTracking()
            .Where(e => e.Year == year && (schoolId == null || e.SchoolId == schoolId))
            .ToDictionaryAsync(e => (e.SchoolId, e.Rule), e => e.Text, ct);
        var jump = (await settings.GetAsync(ct)).JumpShare;

        var result = new List<(Guid, QualityFinding, string?)>();
        foreach (var school in rows.GroupBy(r => r.SchoolId))
        {
            var now = school.Where(r => r.Year == year).ToDictionary(r => r.Code, r => r.Value, StringComparer.Ordinal);
            var before = school.Where(r => r.Year == year - 1).ToDictionary(r => r.Code, r => r.Value, StringComparer.Ordinal);
            foreach (var finding in QualityRules.Check(now, before.Count > 0 ? before : null, jump))
            {
                result.Add((school.Key, finding, explanations.GetValueOrDefault((school.Key, finding.Rule))));
            }
        }

        return result;
    }

    private async Task<SchoolDto> SchoolAsync(string code, CancellationToken ct)
    {
        var school = await schools.FindByCodeAsync(code, ct);
        return school is not null && user.CanAccessSchool(school.Id)
            ? school
            : throw new BusinessException(TargetsErrorCodes.PlaceNotFound, ErrorKind.NotFound, new Dictionary<string, object?> { ["code"] = code });
    }
}
