using System.Text;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Reporting.Application.Builders;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Domain;
using Zmd.Vocational.Reporting.Rendering;
using Zmd.Vocational.Reporting.Rendering.Pdf;
using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Reporting.Application;

/// <summary>See <see cref="IReportFiles"/>: the same access rules, builders and templates as the editions, nothing stored.</summary>
internal sealed class ReportFilesService(DbContext db, ReportAccess access, ReportComposer composer, IPdfPrinter pdf) : IReportFiles
{
    public async Task<ReportFile> RenderAsync(string template, int year, string? schoolCode, ReportFileFormat format, bool provisional = false,
        CancellationToken ct = default)
    {
        var kind = ReportTemplates.KindOf(template) ?? throw EditionService.UnknownTemplate(template);
        EditionService.CheckYear(year);
        var school = await access.ForGenerateAsync(kind, schoolCode, ct);
        var scope = school?.Code ?? ReportEdition.CityScope;
        var latest = await db.Set<ReportEdition>().AsNoTracking().Where(e => e.Kind == kind && e.Year == year && e.Scope == scope)
            .OrderByDescending(e => e.Version).FirstOrDefaultAsync(ct);
        var request = new ReportRequest(kind, year, school, provisional ? DataBasis.Provisional : DataBasis.Approved);
        var markdown = format == ReportFileFormat.Markdown;
        var composed = await composer.ComposeAsync(request, EditionService.NarrativeOf(latest), html: !markdown, markdown: markdown, ct);
        var name = $"{ReportTemplates.NameOf(kind)}-{year}-{scope}";
        return format switch
        {
            ReportFileFormat.Markdown => new ReportFile(name + ".md", "text/markdown; charset=utf-8", Encoding.UTF8.GetBytes(composed.Markdown!),
                composed.GatherMilliseconds, composed.RenderMilliseconds),
            ReportFileFormat.Pdf => new ReportFile(name + ".pdf", "application/pdf", await pdf.PrintAsync(composed.Html!, ct),
                composed.GatherMilliseconds, composed.RenderMilliseconds),
            _ => new ReportFile(name + ".html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(composed.Html!), composed.GatherMilliseconds,
                composed.RenderMilliseconds),
        };
    }
}
