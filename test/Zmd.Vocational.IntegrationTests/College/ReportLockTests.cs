using System.Net;
using System.Security.Cryptography;
using Zmd.Vocational.College.Contracts;
using Zmd.Vocational.Core.Auditing;
using Zmd.Vocational.IntegrationTests.Security;
using static Zmd.Vocational.IntegrationTests.College.CollegeApi;

namespace Zmd.Vocational.IntegrationTests.College;

/// <summary>A submitted or approved progress report is locked, and what hangs on it with it: its attachments are neither
/// added nor removed, through the API or the project's page, until a reviewer returns or unlocks it. Every addition and
/// removal is in the data change log.</summary>
public sealed class ReportLockTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7];
    private static readonly byte[] Pdf = [.. "%PDF-1.4 验收证书"u8];

    private async Task<(HttpClient College, HttpClient Approver, Guid Project, Guid Report)> ReportAsync(string name)
    {
        var college = await fixture.App.LoginAsync("college");
        var approver = await fixture.App.LoginAsync("approver");
        var project = await CreateAsync(college, Project(name, 1000, 100, 100));
        var draft = await DraftAsync(college, project.Id, Report("2024-06-30", 100, 0, 10));
        return (college, approver, project.Id, draft.Id);
    }

    private static async Task<IReadOnlyList<AttachmentDto>> AttachmentsAsync(HttpClient client, Guid project, Guid report) =>
        (await DetailAsync(client, project)).Reports.Single(r => r.Id == report).Attachments;

    private static async Task ShouldBeLockedAsync(HttpResponseMessage response, string state)
    {
        var problem = await response.ProblemAsync();
        (problem.Status, problem.Code).ShouldBe((409, BuildOutErrorCodes.ReportLocked));
        problem.Detail.ShouldContain(state);
        problem.Detail.ShouldContain("附件");
    }

    [Fact]
    public async Task A_submitted_or_approved_report_takes_no_attachment_and_loses_none_through_the_api()
    {
        var (college, approver, project, report) = await ReportAsync("附件锁定（测试）");
        using var _ = college;
        using var __ = approver;
        var photo = await (await AttachAsync(college, report, "现场.png", Png)).ReadAsync<AttachmentDto>();

        (await college.PostAsync($"/api/college/reports/{report}/submit", null)).EnsureSuccessStatusCode();
        await ShouldBeLockedAsync(await AttachAsync(college, report, "补充.pdf", Pdf), "Submitted");
        await ShouldBeLockedAsync(await college.DeleteAsync($"/api/college/attachments/{photo.Id}"), "Submitted");

        (await approver.PostAsync($"/api/college/reports/{report}/approve", null)).EnsureSuccessStatusCode();
        await ShouldBeLockedAsync(await AttachAsync(college, report, "补充.pdf", Pdf), "Approved");
        await ShouldBeLockedAsync(await college.DeleteAsync($"/api/college/attachments/{photo.Id}"), "Approved");
        (await AttachmentsAsync(college, project, report)).Select(a => a.Id).ShouldBe([photo.Id], "nothing added, nothing removed");
        (await college.GetByteArrayAsync($"/api/college/attachments/{photo.Id}")).ShouldBe(Png);

        // Unlocked with a reason: editable again, attachments too.
        (await approver.PostJsonAsync($"/api/college/reports/{report}/unlock", new { comment = "补充验收证书" })).EnsureSuccessStatusCode();
        var certificate = await (await AttachAsync(college, report, "补充.pdf", Pdf)).ReadAsync<AttachmentDto>();
        (await college.DeleteAsync($"/api/college/attachments/{photo.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AttachmentsAsync(college, project, report)).Select(a => a.Id).ShouldBe([certificate.Id]);
        (await college.GetAsync($"/api/college/attachments/{photo.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Another school's filer cannot remove it either (reads as not found).
        using var other = await fixture.App.LoginAsync("filer");
        (await other.DeleteAsync($"/api/college/attachments/{certificate.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AttachmentsAsync(college, project, report)).Count.ShouldBe(1);
    }

    /// <summary>A body that sends its first bytes, then holds the rest until the test lets it go: a large photo arriving.</summary>
    private sealed class HeldBody(byte[] content, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(content.AsMemory(0, 16));
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync(content.AsMemory(16));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = content.Length;
            return true;
        }
    }

    [Fact]
    public async Task A_report_approved_while_its_attachment_is_still_arriving_does_not_get_it()
    {
        var (college, approver, project, report) = await ReportAsync("附件竞态（测试）");
        using var _ = college;
        using var __ = approver;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        byte[] photo = [.. Png, .. new byte[256 * 1024]];
        var sending = college.PostAsync($"/api/college/reports/{report}/attachments?fileName=" + Uri.EscapeDataString("大图.png"), new HeldBody(photo, release.Task));

        // The upload has begun (the report was a draft when it started); meanwhile the report is submitted and approved.
        await Task.Delay(TimeSpan.FromSeconds(1));
        using var colleague = await fixture.App.LoginAsync("college");
        (await colleague.PostAsync($"/api/college/reports/{report}/submit", null)).EnsureSuccessStatusCode();
        (await approver.PostAsync($"/api/college/reports/{report}/approve", null)).EnsureSuccessStatusCode();
        release.SetResult();

        await ShouldBeLockedAsync(await sending, "Approved");
        (await AttachmentsAsync(colleague, project, report)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_projects_page_refuses_an_attachment_to_an_approved_report_and_stores_nothing()
    {
        var (college, approver, project, report) = await ReportAsync("页面附件锁定（测试）");
        using var _ = college;
        using var __ = approver;
        var page = $"/College/Project/{project}";
        var attachForm = $"?reportId={report}&amp;handler=Attach";
        (await college.GetStringAsync(page)).ShouldContain(attachForm, Case.Sensitive, "a draft report offers the form");
        (await college.PostAsync($"/api/college/reports/{report}/submit", null)).EnsureSuccessStatusCode();
        (await approver.PostAsync($"/api/college/reports/{report}/approve", null)).EnsureSuccessStatusCode();

        var html = await college.GetStringAsync(page);
        html.ShouldNotContain(attachForm, Case.Sensitive, "the form is not offered on a locked report");

        var token = await college.AntiforgeryTokenAsync(page);
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new("image/png");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", "现场.png" } };
        var response = await college.PostAsync($"{page}?reportId={report}&handler=Attach", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the page is shown again with the reason");
        (await response.Content.ReadAsStringAsync()).ShouldContain("不能修改，也不能添加或删除附件");
        (await AttachmentsAsync(college, project, report)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Adding_and_removing_an_attachment_is_in_the_data_change_log()
    {
        var (college, approver, project, report) = await ReportAsync("附件审计（测试）");
        using var _ = college;
        using var __ = approver;
        var photo = await (await AttachAsync(college, report, "现场.png", Png)).ReadAsync<AttachmentDto>();
        (await college.DeleteAsync($"/api/college/attachments/{photo.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var admin = await fixture.App.LoginAsync("admin");
        var log = await admin.GetJsonAsync<List<EntityChangeDto>>($"/api/audit-log?entityType=ProgressAttachment&entityId={photo.Id}");
        log.Select(c => (c.Kind, c.UserName)).ShouldBe([(EntityChangeKind.Deleted, "college"), (EntityChangeKind.Created, "college")], ignoreOrder: true);
        var content = $"SHA-256 {Convert.ToHexStringLower(SHA256.HashData(Png))} ({Png.Length} bytes)";
        var created = log.Single(c => c.Kind == EntityChangeKind.Created).Properties.ToDictionary(p => p.PropertyName);
        (created["FileName"].NewValue, created["ReportId"].NewValue, created["Content"].NewValue).ShouldBe(("现场.png", report.ToString(), content));
        var deleted = log.Single(c => c.Kind == EntityChangeKind.Deleted).Properties.ToDictionary(p => p.PropertyName);
        (deleted["FileName"].OldValue, deleted["Content"].OldValue, deleted["Content"].NewValue).ShouldBe(("现场.png", content, (string?)null));
        (await AttachmentsAsync(college, project, report)).ShouldBeEmpty();
    }
}
