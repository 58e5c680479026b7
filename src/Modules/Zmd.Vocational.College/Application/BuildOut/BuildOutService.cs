using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.College.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.College.Application;

/// <summary>See <see cref="IBuildOutService"/>. Every write goes through <see cref="CollegeAccess"/> first, checks with
/// <see cref="BuildOutRules"/> before touching anything, and saves once: a refused input changes nothing.</summary>
internal sealed class BuildOutService(DbContext db, CollegeAccess access, ICurrentUser user, TimeProvider clock, BuildOutRecorder figures)
    : IBuildOutService
{
    public async Task<IReadOnlyList<ProjectDto>> ListAsync(string? schoolCode = null, CancellationToken ct = default)
    {
        var college = await access.CollegeAsync(schoolCode, ct);
        var projects = await db.Set<BuildOutProject>().AsNoTracking().Where(p => p.SchoolId == college.Id)
            .OrderBy(p => p.PlannedStart).ThenBy(p => p.Name).ToListAsync(ct);
        var reports = await db.Set<ProgressReport>().AsNoTracking().Where(r => r.SchoolId == college.Id && r.State == FilingState.Approved).ToListAsync(ct);
        var today = Today();
        return projects.Select(p => ToDto(p, college, BuildOutStanding.Of(p, reports, today))).ToList();
    }

    public async Task<ProjectDetailDto> GetAsync(Guid projectId, CancellationToken ct = default)
    {
        var (project, college) = await ProjectAsync(projectId, tracked: false, ct);
        var reports = await db.Set<ProgressReport>().AsNoTracking().Where(r => r.ProjectId == project.Id)
            .OrderByDescending(r => r.AsOf).ThenByDescending(r => r.CreatedAt).ToListAsync(ct);
        var ids = reports.Select(r => r.Id).ToList();
        var attachments = (await db.Set<ProgressAttachment>().AsNoTracking().Where(a => ids.Contains(a.ReportId))
                .Select(a => new { a.ReportId, Dto = new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size) }).ToListAsync(ct))
            .ToLookup(a => a.ReportId, a => a.Dto);
        var events = (await db.Set<ProgressReportEvent>().AsNoTracking().Where(e => ids.Contains(e.ReportId)).OrderBy(e => e.At).ToListAsync(ct))
            .ToLookup(e => e.ReportId);
        return new ProjectDetailDto(ToDto(project, college, BuildOutStanding.Of(project, reports, Today())),
            reports.Select(r => ToDto(r, project, attachments[r.Id].ToList(), events[r.Id])).ToList());
    }

    public async Task<ProjectDto> CreateAsync(ProjectInput input, string? schoolCode = null, CancellationToken ct = default)
    {
        var college = await access.CollegeAsync(schoolCode, ct);
        var project = BuildOutRules.Apply(input, new BuildOutProject { SchoolId = college.Id });
        db.Add(project);
        await db.SaveChangesAsync(ct);
        return ToDto(project, college, BuildOutStanding.Of(project, [], Today()));
    }

    public async Task<ProjectDto> UpdateAsync(Guid projectId, ProjectInput input, CancellationToken ct = default)
    {
        var (project, college) = await ProjectAsync(projectId, tracked: true, ct);
        var reports = await db.Set<ProgressReport>().AsNoTracking().Where(r => r.ProjectId == project.Id).ToListAsync(ct);
        BuildOutRules.Apply(input, project);
        await db.SaveChangesAsync(ct);
        return ToDto(project, college, BuildOutStanding.Of(project, reports, Today()));
    }

    public async Task<ProgressReportDto> RecordReportAsync(Guid projectId, ProgressReportInput input, CancellationToken ct = default)
    {
        var (project, _) = await ProjectAsync(projectId, tracked: false, ct);
        var report = BuildOutRules.Apply(input, project, Today(), new ProgressReport { SchoolId = project.SchoolId, ProjectId = project.Id });
        db.Add(report);
        db.Add(new ProgressReportEvent { ReportId = report.Id, SchoolId = report.SchoolId, At = Now(), UserName = user.UserName, Action = FilingAction.Uploaded });
        await db.SaveChangesAsync(ct);
        return ToDto(report, project, [], []);
    }

    public async Task<ProgressReportDto> UpdateReportAsync(Guid reportId, ProgressReportInput input, CancellationToken ct = default)
    {
        var (report, project) = await db.InTransactionAsync("college.progress-edit", async () =>
        {
            var report = await LockedReportAsync(reportId, ct);
            report.EnsureEditable();
            var (project, _) = await ProjectAsync(report.ProjectId, tracked: false, ct);
            BuildOutRules.Apply(input, project, Today(), report);
            db.Add(new ProgressReportEvent { ReportId = report.Id, SchoolId = report.SchoolId, At = Now(), UserName = user.UserName, Action = FilingAction.Uploaded });
            await db.SaveChangesAsync(ct);
            return (report, project);
        }, ct);
        return await ReportDtoAsync(report, project, ct);
    }

    public async Task<ProgressReportDto> TransitionReportAsync(Guid reportId, FilingAction action, string? comment, CancellationToken ct = default)
    {
        // One unit of work from the read on, so that a retry under the execution strategy starts again from the database.
        var (report, project) = await db.InTransactionAsync("college.progress-transition", async () =>
        {
            var report = await LockedReportAsync(reportId, ct);
            var (project, _) = await ProjectAsync(report.ProjectId, tracked: false, ct);
            var wasApproved = report.State == FilingState.Approved;
            db.Add(report.Apply(action, user.UserName, Now(), comment));
            await db.SaveChangesAsync(ct);

            // Approving a report, or unlocking an approved one, changes the college's figures from its school year on:
            // they are recomputed from the saved reports in the same transaction, so they never disagree with them.
            if (wasApproved || report.State == FilingState.Approved)
            {
                await figures.RecordFromAsync(report.SchoolId, BuildOutStanding.SchoolYearOf(report.AsOf), ct);
                await db.SaveChangesAsync(ct);
            }

            return (report, project);
        }, ct);
        return await ReportDtoAsync(report, project, ct);
    }

    public async Task<AttachmentDto> AttachAsync(Guid reportId, string fileName, string? contentType, Stream content, CancellationToken ct = default)
    {
        // Refused early when it is plainly locked; checked again, under the report's lock, once the whole file is in: a
        // large file takes long enough to arrive for the report to be submitted and approved meanwhile.
        (await ReportAsync(reportId, tracked: false, ct)).EnsureEditable();
        var bytes = await AttachmentRules.ReadAsync(fileName, content, ct);
        var attachment = await db.InTransactionAsync("college.attachment", async () =>
        {
            var report = await LockedReportAsync(reportId, ct);
            report.EnsureEditable();
            var attachment = new ProgressAttachment
            {
                SchoolId = report.SchoolId, ReportId = report.Id, FileName = AttachmentRules.SafeName(fileName), ContentType = AttachmentRules.ContentType(fileName),
                Size = bytes.Length, Content = bytes,
            };
            db.Add(attachment);
            await db.SaveChangesAsync(ct);
            return attachment;
        }, ct);
        return new AttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size);
    }

    public async Task DeleteAttachmentAsync(Guid attachmentId, CancellationToken ct = default)
    {
        var reportId = await db.Set<ProgressAttachment>().AsNoTracking().Where(a => a.Id == attachmentId).Select(a => (Guid?)a.ReportId).FirstOrDefaultAsync(ct)
            ?? throw BusinessException.NotFound(BuildOutErrorCodes.ReportNotFound, attachmentId);
        await db.InTransactionAsync("college.attachment", async () =>
        {
            (await LockedReportAsync(reportId, ct)).EnsureEditable();
            var attachment = await db.Set<ProgressAttachment>().FirstOrDefaultAsync(a => a.Id == attachmentId, ct)
                ?? throw BusinessException.NotFound(BuildOutErrorCodes.ReportNotFound, attachmentId);
            db.Remove(attachment);
            return await db.SaveChangesAsync(ct);
        }, ct);
    }

    public async Task<AttachmentContent> AttachmentAsync(Guid attachmentId, CancellationToken ct = default)
    {
        var attachment = await db.Set<ProgressAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, ct)
            ?? throw BusinessException.NotFound(BuildOutErrorCodes.ReportNotFound, attachmentId);
        await access.OwnerAsync(attachment.SchoolId, ct);
        return new AttachmentContent(attachment.FileName, attachment.ContentType, attachment.Content);
    }

    private async Task<(BuildOutProject Project, SchoolDto College)> ProjectAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.Set<BuildOutProject>() : db.Set<BuildOutProject>().AsNoTracking();
        var project = await query.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw BusinessException.NotFound(BuildOutErrorCodes.ProjectNotFound, id);
        return (project, await access.OwnerAsync(project.SchoolId, ct));
    }

    private async Task<ProgressReport> ReportAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.Set<ProgressReport>() : db.Set<ProgressReport>().AsNoTracking();
        var report = await query.FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw BusinessException.NotFound(BuildOutErrorCodes.ReportNotFound, id);
        await access.OwnerAsync(report.SchoolId, ct);
        return report;
    }

    /// <summary>The report, read after taking its lock inside the caller's transaction: every write to a report or its
    /// attachments and every transition takes it, so a state checked here stays true until the caller commits
    /// (PostgreSQL's READ COMMITTED would otherwise let an approval land between the check and the write; SQLite's write
    /// transactions are one at a time already).</summary>
    private async Task<ProgressReport> LockedReportAsync(Guid id, CancellationToken ct)
    {
        await db.LockAsync($"college-report:{id:N}", ct);
        return await ReportAsync(id, tracked: true, ct);
    }

    private async Task<ProgressReportDto> ReportDtoAsync(ProgressReport report, BuildOutProject project, CancellationToken ct)
    {
        var attachments = await db.Set<ProgressAttachment>().AsNoTracking().Where(a => a.ReportId == report.Id)
            .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        var events = await db.Set<ProgressReportEvent>().AsNoTracking().Where(e => e.ReportId == report.Id).OrderBy(e => e.At).ToListAsync(ct);
        return ToDto(report, project, attachments, events);
    }

    private static ProjectDto ToDto(BuildOutProject p, SchoolDto college, ProjectStandingDto standing) =>
        new(p.Id, college.Code, p.Name, p.PlannedFloorArea, p.PlannedPlaces, p.Budget, p.PlannedStart, p.PlannedCompletion, p.ActualStart,
            p.ActualCompletion, p.Note, standing);

    private static ProgressReportDto ToDto(ProgressReport r, BuildOutProject project, IReadOnlyList<AttachmentDto> attachments,
        IEnumerable<ProgressReportEvent> events) =>
        new(r.Id, r.ProjectId, r.AsOf, r.FloorAreaCompleted, r.PlacesDelivered, r.Spent, r.Note, r.State, r.ReviewComment,
            BuildOutStanding.Percent(r.FloorAreaCompleted, project.PlannedFloorArea), attachments,
            events.Select(e => new ProgressEventDto(e.At, e.UserName, e.Action, e.Comment)).ToList());

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
