using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.College.Contracts;

/// <summary>The college's build-out projects and their progress reports. The college's own users and bureau staff only:
/// any other school's user gets College:NotCollege. Every change is audited; nothing is stored when a rule fails.</summary>
public interface IBuildOutService
{
    Task<IReadOnlyList<ProjectDto>> ListAsync(string? schoolCode = null, CancellationToken ct = default);
    Task<ProjectDetailDto> GetAsync(Guid projectId, CancellationToken ct = default);
    Task<ProjectDto> CreateAsync(ProjectInput input, string? schoolCode = null, CancellationToken ct = default);
    Task<ProjectDto> UpdateAsync(Guid projectId, ProjectInput input, CancellationToken ct = default);

    /// <summary>Records a draft report (the college's filer).</summary>
    Task<ProgressReportDto> RecordReportAsync(Guid projectId, ProgressReportInput input, CancellationToken ct = default);

    /// <summary>Edits a draft or returned report.</summary>
    Task<ProgressReportDto> UpdateReportAsync(Guid reportId, ProgressReportInput input, CancellationToken ct = default);

    /// <summary>Submit (filer), approve or return (approver), unlock (approver). Approved reports feed the monitoring figures.</summary>
    Task<ProgressReportDto> TransitionReportAsync(Guid reportId, FilingAction action, string? comment, CancellationToken ct = default);

    /// <summary>Adds a photo or document to a draft or returned report (College:ReportLocked otherwise: a submitted or
    /// approved report is what the reviewer sees and approves).</summary>
    Task<AttachmentDto> AttachAsync(Guid reportId, string fileName, string? contentType, Stream content, CancellationToken ct = default);

    /// <summary>Removes an attachment of a draft or returned report, under the same lock as adding one.</summary>
    Task DeleteAttachmentAsync(Guid attachmentId, CancellationToken ct = default);

    Task<AttachmentContent> AttachmentAsync(Guid attachmentId, CancellationToken ct = default);
}
