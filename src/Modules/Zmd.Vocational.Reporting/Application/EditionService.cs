using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Reporting.Application.Builders;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Domain;
using Zmd.Vocational.Reporting.Models;
using Zmd.Vocational.Reporting.Rendering;
using Zmd.Vocational.Reporting.Rendering.Pdf;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Application;

/// <summary>See <see cref="IReportEditions"/>. One draft per report, year and scope at a time: generating again renders the
/// draft again from the current data; after a publication a new draft gets the next version and the last narrative.
/// Rendering happens before anything is saved, so a template error stores nothing. A published edition is never
/// written again: downloads return its stored bytes and verification recomputes their hashes.</summary>
internal sealed class EditionService(
    DbContext db, ReportAccess access, ReportComposer composer, IPdfPrinter pdf, ICurrentUser user, TimeProvider clock) : IReportEditions
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public async Task<IReadOnlyList<EditionDto>> ListAsync(int? year = null, ReportKind? kind = null, CancellationToken ct = default)
    {
        var query = access.Visible(db.Set<ReportEdition>().AsNoTracking());
        if (year is { } y)
        {
            query = query.Where(e => e.Year == y);
        }

        if (kind is { } k)
        {
            query = query.Where(e => e.Kind == k);
        }

        var editions = await query.ToListAsync(ct);
        return editions.OrderByDescending(e => e.Year).ThenBy(e => e.Kind).ThenBy(e => e.Scope, StringComparer.Ordinal)
            .ThenByDescending(e => e.Version).Select(ToDto).ToList();
    }

    public async Task<EditionDto> GenerateAsync(GenerateInput input, CancellationToken ct = default)
    {
        var kind = ReportTemplates.KindOf(input.Template) ?? throw UnknownTemplate(input.Template);
        var year = CheckYear(input.Year);
        var school = await access.ForGenerateAsync(kind, input.School, ct);
        var scope = school?.Code ?? ReportEdition.CityScope;
        var editions = await db.Set<ReportEdition>().Where(e => e.Kind == kind && e.Year == year && e.Scope == scope)
            .OrderByDescending(e => e.Version).ToListAsync(ct);
        var draft = editions.FirstOrDefault(e => e.State == EditionState.Draft);
        ReportEditionContent? content = null;
        if (draft is null)
        {
            var latest = editions.Count > 0 ? editions[0] : null;
            draft = new ReportEdition
            {
                Kind = kind, Year = year, Scope = scope, SchoolId = school?.Id, Version = (latest?.Version ?? 0) + 1,
                Foreword = latest?.Foreword, Cases = latest?.Cases, Problems = latest?.Problems, Measures = latest?.Measures,
            };
            content = new ReportEditionContent { EditionId = draft.Id };
        }
        else
        {
            content = await ContentAsync(draft.Id, ct);
        }

        draft.Provisional = input.Provisional;
        await RenderIntoAsync(draft, content, school, ct);
        if (db.Entry(draft).State == EntityState.Detached)
        {
            db.Add(draft);
            db.Add(content);
        }

        await db.SaveChangesAsync(ct);
        return ToDto(draft);
    }

    public async Task<EditionDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var edition = await FindAsync(id, tracked: false, ct);
        return ToDto(edition);
    }

    public async Task<EditionDto> SaveNarrativeAsync(Guid id, NarrativeInput input, CancellationToken ct = default)
    {
        var edition = await FindAsync(id, tracked: true, ct);
        access.EnsureWrite(edition);
        edition.EnsureDraft();
        edition.Foreword = Narrative(input.Foreword, nameof(input.Foreword));
        edition.Cases = Narrative(input.Cases, nameof(input.Cases));
        edition.Problems = Narrative(input.Problems, nameof(input.Problems));
        edition.Measures = Narrative(input.Measures, nameof(input.Measures));
        var content = await ContentAsync(edition.Id, ct);
        await RenderIntoAsync(edition, content, await access.SchoolOfAsync(edition, ct), ct);
        await db.SaveChangesAsync(ct);
        return ToDto(edition);
    }

    /// <summary>A unit of work of its own, so that the fault tests can stop it between its writes and its commit.</summary>
    public Task<EditionDto> PublishAsync(Guid id, CancellationToken ct = default) =>
        db.InTransactionAsync("reporting.publish", async () =>
        {
            var edition = await FindAsync(id, tracked: true, ct);
            access.EnsureWrite(edition);
            var content = await ContentAsync(edition.Id, ct);
            edition.Publish(content, user.UserName, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return ToDto(edition);
        }, ct);

    public async Task<EditionFile> DownloadAsync(Guid id, ReportFileFormat format, CancellationToken ct = default)
    {
        var edition = await FindAsync(id, tracked: false, ct);
        var content = await db.Set<ReportEditionContent>().AsNoTracking().FirstAsync(c => c.EditionId == edition.Id, ct);
        var name = FileName(edition);
        return format switch
        {
            ReportFileFormat.Markdown => new EditionFile(name + ".md", "text/markdown; charset=utf-8", content.Markdown, edition.MarkdownSha256),
            ReportFileFormat.Pdf => new EditionFile(name + ".pdf", "application/pdf", await pdf.PrintAsync(Encoding.UTF8.GetString(content.Html), ct), null),
            _ => new EditionFile(name + ".html", "text/html; charset=utf-8", content.Html, edition.HtmlSha256),
        };
    }

    public async Task<VerificationDto> VerifyAsync(Guid id, CancellationToken ct = default)
    {
        var edition = await FindAsync(id, tracked: false, ct);
        if (edition.State != EditionState.Published)
        {
            throw new BusinessException(EditionErrorCodes.NotPublished, ErrorKind.Conflict);
        }

        var content = await db.Set<ReportEditionContent>().AsNoTracking().FirstAsync(c => c.EditionId == edition.Id, ct);
        var html = Hashes.Sha256(content.Html);
        var markdown = Hashes.Sha256(content.Markdown);
        var snapshot = Hashes.Sha256(content.Snapshot);
        var valid = html == edition.HtmlSha256 && markdown == edition.MarkdownSha256 && snapshot == edition.SnapshotSha256;
        return new VerificationDto(edition.Id, valid, edition.HtmlSha256!, html, edition.MarkdownSha256!, markdown, edition.SnapshotSha256!, snapshot,
            edition.PublishedAt!.Value);
    }

    /// <summary>Gathers and renders the draft from the current data and its narrative; changes nothing on failure.</summary>
    private async Task RenderIntoAsync(ReportEdition edition, ReportEditionContent content, SchoolDto? school, CancellationToken ct)
    {
        var request = new ReportRequest(edition.Kind, edition.Year, school, edition.Provisional ? DataBasis.Provisional : DataBasis.Approved);
        var composed = await composer.ComposeAsync(request, NarrativeOf(edition), html: true, markdown: true, ct);
        content.Html = Encoding.UTF8.GetBytes(composed.Html!);
        content.Markdown = Encoding.UTF8.GetBytes(composed.Markdown!);
        content.Snapshot = composed.Snapshot;
        edition.Title = Truncate(composed.Model.Report.Title, 200);
        edition.GeneratedAt = clock.GetUtcNow().UtcDateTime;
        edition.GeneratedBy = user.UserName;
        edition.TemplateVersions = JsonSerializer.Serialize(composed.TemplateVersions);
        edition.HtmlBytes = content.Html.Length;
        edition.MarkdownBytes = content.Markdown.Length;
        edition.GatherMilliseconds = Math.Round(composed.GatherMilliseconds, 1);
        edition.RenderMilliseconds = Math.Round(composed.RenderMilliseconds, 1);
    }

    private async Task<ReportEdition> FindAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.Set<ReportEdition>() : db.Set<ReportEdition>().AsNoTracking();
        var edition = await query.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw BusinessException.NotFound(EditionErrorCodes.EditionNotFound, id);
        access.EnsureRead(edition);
        return edition;
    }

    private async Task<ReportEditionContent> ContentAsync(Guid editionId, CancellationToken ct) =>
        await db.Set<ReportEditionContent>().FirstOrDefaultAsync(c => c.EditionId == editionId, ct)
        ?? db.Add(new ReportEditionContent { EditionId = editionId }).Entity;

    public static NarrativeModel NarrativeOf(ReportEdition? e) =>
        e is null ? NarrativeModel.Empty : new NarrativeModel(e.Foreword ?? "", e.Cases ?? "", e.Problems ?? "", e.Measures ?? "");

    public static EditionDto ToDto(ReportEdition e) => new(
        e.Id, e.Kind, ReportTemplates.NameOf(e.Kind), e.Year, e.Scope, e.Title, e.Version, e.State, e.Provisional,
        new NarrativeDto(e.Foreword, e.Cases, e.Problems, e.Measures), e.GeneratedAt, e.GeneratedBy, e.PublishedAt, e.PublishedBy,
        e.HtmlSha256, e.MarkdownSha256, e.SnapshotSha256,
        JsonSerializer.Deserialize<Dictionary<string, string>>(e.TemplateVersions) ?? [],
        e.HtmlBytes, e.MarkdownBytes, e.GatherMilliseconds, e.RenderMilliseconds);

    public static int CheckYear(int? year) =>
        year is { } y and >= MinYear and <= MaxYear
            ? y
            : throw new BusinessException(EditionErrorCodes.InvalidYear, ErrorKind.Validation, new Dictionary<string, object?> { ["year"] = year }, "Year");

    public static BusinessException UnknownTemplate(string? template) =>
        new(EditionErrorCodes.UnknownTemplate, ErrorKind.Validation, new Dictionary<string, object?>
        {
            ["template"] = template, ["templates"] = string.Join(", ", ReportTemplates.All),
        }, "Template");

    private static string FileName(ReportEdition e) => $"{ReportTemplates.NameOf(e.Kind)}-{e.Year}-{e.Scope}-v{e.Version}";

    private static string? Narrative(string? text, string part)
    {
        var value = text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (value is { Length: > ReportEdition.NarrativeLength })
        {
            throw new BusinessException(EditionErrorCodes.NarrativeTooLong, ErrorKind.Validation,
                new Dictionary<string, object?> { ["part"] = part, ["max"] = ReportEdition.NarrativeLength }, part);
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
