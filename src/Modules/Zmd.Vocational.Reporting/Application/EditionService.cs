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
/// Rendering happens before anything is saved, so a template error stores nothing, and outside the transaction that
/// stores it, which checks again under the report's lock that the edition is still the draft it rendered. A published edition is never
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
        var editions = await db.Set<ReportEdition>().AsNoTracking().Where(e => e.Kind == kind && e.Year == year && e.Scope == scope)
            .OrderByDescending(e => e.Version).ToListAsync(ct);
        var draft = editions.FirstOrDefault(e => e.State == EditionState.Draft);
        var latest = editions.Count > 0 ? editions[0] : null;
        var basis = draft ?? new ReportEdition
        {
            Kind = kind, Year = year, Scope = scope, SchoolId = school?.Id, Version = (latest?.Version ?? 0) + 1,
            Foreword = latest?.Foreword, Cases = latest?.Cases, Problems = latest?.Problems, Measures = latest?.Measures,
        };
        basis.Provisional = input.Provisional;
        var rendered = await RenderAsync(basis, school, ct);

        // Rendered outside any transaction (it takes hundreds of milliseconds, and SQLite has one writer at a time); stored
        // under the report's lock only if the report's editions are still as they were read (no publication, no other
        // generation or narrative meanwhile). Everything tracked is read or created in here, so a retry starts afresh.
        return await db.InLockedTransactionAsync("reporting.generate", LockKey(basis), async () =>
        {
            ReportEdition edition;
            if (draft is null)
            {
                await EnsureNoNewerEditionAsync(basis, ct);
                edition = db.Add(basis).Entity;
            }
            else
            {
                edition = await FindAsync(draft.Id, tracked: true, ct);
                edition.EnsureDraft();
                edition.Provisional = input.Provisional;
            }

            return await StoreRenderedAsync(edition, basis, rendered, ct);
        }, ct);
    }

    /// <summary>Inside the report's lock: stores what was rendered from <paramref name="basis"/> into the draft, if the draft
    /// is still the one it was rendered from.</summary>
    private async Task<EditionDto> StoreRenderedAsync(ReportEdition edition, ReportEdition basis, RenderedEdition rendered, CancellationToken ct)
    {
        EnsureRenderedFrom(edition, basis);
        rendered.ApplyTo(edition, await ContentAsync(edition.Id, ct));
        await db.SaveChangesAsync(ct);
        return ToDto(edition);
    }

    public async Task<EditionDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var edition = await FindAsync(id, tracked: false, ct);
        return ToDto(edition);
    }

    public async Task<EditionDto> SaveNarrativeAsync(Guid id, NarrativeInput input, CancellationToken ct = default)
    {
        var basis = await FindAsync(id, tracked: false, ct);
        access.EnsureWrite(basis);
        basis.EnsureDraft();
        basis.Foreword = Narrative(input.Foreword, nameof(input.Foreword));
        basis.Cases = Narrative(input.Cases, nameof(input.Cases));
        basis.Problems = Narrative(input.Problems, nameof(input.Problems));
        basis.Measures = Narrative(input.Measures, nameof(input.Measures));
        var rendered = await RenderAsync(basis, await access.SchoolOfAsync(basis, ct), ct);

        // The check above was made before the render: a publication may have committed since. Checked again under the
        // report's lock, which publishing takes too, so a published edition's content is never written again.
        return await db.InLockedTransactionAsync("reporting.narrative", LockKey(basis), async () =>
        {
            var edition = await FindAsync(id, tracked: true, ct);
            edition.EnsureDraft();
            (edition.Foreword, edition.Cases, edition.Problems, edition.Measures) = (basis.Foreword, basis.Cases, basis.Problems, basis.Measures);
            return await StoreRenderedAsync(edition, basis, rendered, ct);
        }, ct);
    }

    /// <summary>A unit of work of its own, so that the fault tests can stop it between its writes and its commit. It takes
    /// the report's lock before it reads the edition and its content, so it publishes exactly what a save or generation
    /// committed before it, never content that one still in progress is replacing.</summary>
    public async Task<EditionDto> PublishAsync(Guid id, CancellationToken ct = default)
    {
        var found = await FindAsync(id, tracked: false, ct);
        access.EnsureWrite(found);
        return await db.InLockedTransactionAsync("reporting.publish", LockKey(found), async () =>
        {
            var edition = await FindAsync(id, tracked: true, ct);
            var content = await ContentAsync(edition.Id, ct);
            edition.Publish(content, user.UserName, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return ToDto(edition);
        }, ct);
    }

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

    /// <summary>Gathers and renders an edition from the current data and its narrative; changes nothing.</summary>
    private async Task<RenderedEdition> RenderAsync(ReportEdition edition, SchoolDto? school, CancellationToken ct)
    {
        var request = new ReportRequest(edition.Kind, edition.Year, school, edition.Provisional ? DataBasis.Provisional : DataBasis.Approved);
        var composed = await composer.ComposeAsync(request, NarrativeOf(edition), html: true, markdown: true, ct);
        return new RenderedEdition(Encoding.UTF8.GetBytes(composed.Html!), Encoding.UTF8.GetBytes(composed.Markdown!), composed.Snapshot,
            Truncate(composed.Model.Report.Title, 200), JsonSerializer.Serialize(composed.TemplateVersions), clock.GetUtcNow().UtcDateTime,
            user.UserName, Math.Round(composed.GatherMilliseconds, 1), Math.Round(composed.RenderMilliseconds, 1));
    }

    /// <summary>The lock of one report's editions (its kind, year and scope): every write of an edition and every
    /// publication takes it inside its transaction (see <see cref="UnitOfWork.InLockedTransactionAsync"/>).</summary>
    private static string LockKey(ReportEdition edition) => $"reporting-edition:{edition.Kind}:{edition.Year}:{edition.Scope}";

    /// <summary>A new draft gets the version after the latest: if another generation (or a publication and a generation)
    /// stored an edition meanwhile, this one is refused instead of colliding with it.</summary>
    private async Task EnsureNoNewerEditionAsync(ReportEdition draft, CancellationToken ct)
    {
        var latest = await db.Set<ReportEdition>().Where(e => e.Kind == draft.Kind && e.Year == draft.Year && e.Scope == draft.Scope)
            .MaxAsync(e => (int?)e.Version, ct) ?? 0;
        if (latest != draft.Version - 1)
        {
            throw EditionsChanged(latest);
        }
    }

    /// <summary>The draft as read now under the lock must have what the output was rendered from (its narrative and data
    /// basis): another save or generation that landed meanwhile refuses this one rather than leave output that does not
    /// match the edition's narrative.</summary>
    private static void EnsureRenderedFrom(ReportEdition edition, ReportEdition basis)
    {
        if (NarrativeOf(edition) != NarrativeOf(basis) || edition.Provisional != basis.Provisional)
        {
            throw EditionsChanged(edition.Version);
        }
    }

    private static BusinessException EditionsChanged(int version) =>
        new(EditionErrorCodes.EditionsChanged, ErrorKind.Conflict, new Dictionary<string, object?> { ["version"] = version });

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
