using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scriban;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Reporting.Application;
using Zmd.Vocational.Reporting.Contracts;
using Zmd.Vocational.Reporting.Rendering;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>See <see cref="IReportTemplateService"/>. A save runs the same check as the check button (the text parses,
/// names only figures its reports have, and renders against the sample model) and is refused, with the problem's
/// template, line and column, when it fails.</summary>
internal sealed class TemplateService(
    DbContext db,
    TemplateFiles files,
    TemplateSource source,
    ReportRenderer renderer,
    IEnumerable<IReportTemplateSampleModels> samples,
    ReportFigureCheck figures,
    JsonStringLocalizer localizer) : IReportTemplateService
{
    private const string PreviewName = "zmd-preview";

    public async Task<IReadOnlyList<ReportTemplateDto>> ListAsync(CancellationToken ct = default)
    {
        var latest = (await source.LatestAsync(ct)).ToDictionary(v => v.Name, StringComparer.Ordinal);
        return files.All().Values
            .Select(file => ToDto(file, latest.GetValueOrDefault(file.Name.Key)))
            .OrderBy(t => t.Kind, StringComparer.Ordinal).ThenBy(t => t.Path, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<ReportTemplateDetailDto> GetAsync(string name, CancellationToken ct = default)
    {
        var (template, file) = Find(name);
        return await DetailAsync(template, file, ct);
    }

    public async Task<TemplateCheckDto> CheckAsync(string name, string text, CancellationToken ct = default)
    {
        var (template, _) = Find(name);
        CheckLength(template, text);
        return (await CheckTextAsync(template, Normalize(text), ct)).Result;
    }

    public async Task<ReportTemplateDetailDto> SaveAsync(string name, string text, CancellationToken ct = default)
    {
        var (template, file) = Find(name);
        CheckLength(template, text);
        text = Normalize(text);
        var (check, unknownFigure) = await CheckTextAsync(template, text, ct);
        if (unknownFigure is not null)
        {
            throw ReportFigureCheck.ToException(unknownFigure);
        }

        if (!check.Ok)
        {
            var problem = check.Problems[0];
            throw new TemplateProblem(problem.Template, problem.Line, problem.Column, problem.Message).ToException();
        }

        var latest = await LatestAsync(template, ct);
        var inEffect = latest is { Reverted: false, Text: not null } ? latest.Text : file.Text;
        if (!string.Equals(inEffect, text, StringComparison.Ordinal))
        {
            db.Add(new TemplateVersion
            {
                Name = template.Key,
                Version = (latest?.Version ?? 0) + 1,
                Text = text,
                Sha256 = TemplateText.Hash(text),
            });
            await SaveVersionAsync(ct);
        }

        return await DetailAsync(template, file, ct);
    }

    public async Task<ReportTemplateDetailDto> RevertAsync(string name, CancellationToken ct = default)
    {
        var (template, file) = Find(name);
        var latest = await LatestAsync(template, ct);
        if (latest is { Reverted: false })
        {
            db.Add(new TemplateVersion { Name = template.Key, Version = latest.Version + 1, Text = null, Sha256 = file.Sha256, Reverted = true });
            await SaveVersionAsync(ct);
        }

        return await DetailAsync(template, file, ct);
    }

    public async Task<IReadOnlyList<ReportTemplateVersionDto>> VersionsAsync(string name, CancellationToken ct = default)
    {
        var (template, _) = Find(name);
        var versions = await db.Set<TemplateVersion>().AsNoTracking().Where(v => v.Name == template.Key)
            .OrderByDescending(v => v.Version).ToListAsync(ct);
        return versions.Select(ToDto).ToList();
    }

    public async Task<ReportTemplateVersionDto> VersionAsync(string name, int version, CancellationToken ct = default)
    {
        var (template, _) = Find(name);
        var found = await db.Set<TemplateVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Name == template.Key && v.Version == version, ct)
            ?? throw new BusinessException(TemplateErrorCodes.TemplateNotFound, ErrorKind.NotFound,
                new Dictionary<string, object?> { ["template"] = name + " v" + version.ToString(CultureInfo.InvariantCulture) });
        return ToDto(found);
    }

    /// <summary>Parses the text, checks the figures it names (for every report it is part of), then renders it in place of
    /// the current one: a report template against the sample model, a layout around a sample page, a partial included in
    /// a sample page. The first unknown figure, if any, comes back apart: a save is refused with its own error.</summary>
    private async Task<(TemplateCheckDto Result, FigureProblem? UnknownFigure)> CheckTextAsync(TemplateName template, string text, CancellationToken ct)
    {
        var parsed = Template.Parse(text, template.Path);
        if (parsed.HasErrors)
        {
            return (new TemplateCheckDto(false, TemplateProblem.FromParse(parsed, template.Path).Select(ToDto).ToList(), null, null), null);
        }

        var format = template.Format ?? ReportFormat.Html;
        var texts = new Dictionary<string, TemplateText>(await source.CurrentAsync(ct), StringComparer.Ordinal)
        {
            [template.Path] = new TemplateText(template, text, TemplateText.Hash(text), Overridden: true),
        };

        // Only what this text takes part in: another override's problem is not this save's to refuse.
        var unknown = figures.Problems(texts).Where(p => p.Template == template.Path || p.Main == template.Path).ToList();
        if (unknown.Count > 0)
        {
            // A partial or layout is read once per report that uses it: one problem per place in the text.
            var problems = unknown.DistinctBy(p => (p.Template, p.Line, p.Column, p.Code)).Select(p => new TemplateProblemDto(p.Template, p.Line, p.Column,
                localizer.Format(TemplateErrorCodes.UnknownFigure + ".Problem", new Dictionary<string, object?> { ["code"] = p.Code }))).ToList();
            return (new TemplateCheckDto(false, problems, null, null), unknown[0]);
        }

        TemplateName main;
        object? model = null;
        if (template.Kind == TemplateKind.Main)
        {
            main = template;
            var baseName = template.Key[..template.Key.LastIndexOf('.')];
            foreach (var provider in samples)
            {
                model ??= await provider.SampleAsync(baseName, ct);
            }
        }
        else
        {
            main = TemplateName.ForReport(PreviewName, format);
            var body = template.Kind == TemplateKind.Layout
                ? "{{ layout = '" + template.Key[..template.Key.LastIndexOf('.')] + "' }}" + SamplePage
                : SamplePage + "{{ include '" + PartialName(template) + "' }}";
            texts[main.Path] = new TemplateText(main, body, TemplateText.Hash(body), Overridden: false);
        }

        try
        {
            var rendered = renderer.Render(texts, main, model ?? new Dictionary<string, object?>(), ReportRenderer.Chinese, ct);
            return (new TemplateCheckDto(true, [], rendered.Content, TemplateName.Ext(format)), null);
        }
        catch (BusinessException ex) when (ex.Code == TemplateErrorCodes.TemplateError)
        {
            var problem = new TemplateProblemDto(
                ex.Args.GetValueOrDefault("template")?.ToString() ?? template.Path,
                ex.Args.GetValueOrDefault("line") is int line ? line : 1,
                ex.Args.GetValueOrDefault("column") is int column ? column : 1,
                ex.Args.GetValueOrDefault("message")?.ToString() ?? "");
            return (new TemplateCheckDto(false, [problem], null, null), null);
        }
    }

    private const string SamplePage = "{{ toc }}\n{{ heading 1 'Preview · 预览' }}\n{{ paragraphs 'Sample text · 示例文字' }}\n"
        + "{{ table 'Sample · 示例' ['A', {title: 'B', format: 'num'}] [['a', 1234.5]] }}\n";

    private static string PartialName(TemplateName partial)
    {
        // "_partials.cover.html" → "cover"
        var rest = partial.Key[(TemplateName.PartialsFolder.Length + 1)..];
        return partial.Format is null ? rest : rest[..rest.LastIndexOf('.')];
    }

    private (TemplateName Template, TemplateText File) Find(string name)
    {
        if (TemplateName.TryParse(name, out var template) && files.Find(template) is { } file)
        {
            return (template, file);
        }

        throw new BusinessException(TemplateErrorCodes.TemplateNotFound, ErrorKind.NotFound, new Dictionary<string, object?> { ["template"] = name });
    }

    private void CheckLength(TemplateName template, string? text)
    {
        if (text is null)
        {
            throw new BusinessException(CoreErrorCodes.Required, ErrorKind.Validation, new Dictionary<string, object?> { ["field"] = "Text" }, "Text");
        }

        if (text.Length > renderer.Limits.MaxTemplateChars)
        {
            throw new BusinessException(TemplateErrorCodes.TemplateTooLong, ErrorKind.Validation,
                new Dictionary<string, object?> { ["template"] = template.Path, ["max"] = renderer.Limits.MaxTemplateChars }, "Text");
        }
    }

    /// <summary>Browsers send a textarea's lines with CRLF: a template is kept with LF, so an unchanged text stays unchanged.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Two admins saving the same template at once: the second gets a conflict (the version number is unique),
    /// not a server error, and saves again over the first.</summary>
    private async Task SaveVersionAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new BusinessException(CoreErrorCodes.Concurrency, ErrorKind.Conflict);
        }
    }

    private Task<TemplateVersion?> LatestAsync(TemplateName template, CancellationToken ct) =>
        db.Set<TemplateVersion>().AsNoTracking().Where(v => v.Name == template.Key).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);

    private async Task<ReportTemplateDetailDto> DetailAsync(TemplateName template, TemplateText file, CancellationToken ct)
    {
        var latest = await LatestAsync(template, ct);
        var text = latest is { Reverted: false, Text: not null } ? latest.Text : file.Text;
        return new ReportTemplateDetailDto(ToDto(file, latest), text, file.Text, file.Sha256);
    }

    private static ReportTemplateDto ToDto(TemplateText file, TemplateVersion? latest)
    {
        var overridden = latest is { Reverted: false, Text: not null };
        var name = file.Name;
        return new ReportTemplateDto(name.Key, name.Path, name.Kind.ToString().ToLowerInvariant(), name.Format is { } f ? TemplateName.Ext(f) : null,
            overridden, latest?.Version ?? 0, overridden ? latest!.Sha256 : file.Sha256, latest?.CreatedBy, latest?.CreatedAt);
    }

    private static ReportTemplateVersionDto ToDto(TemplateVersion v) =>
        new(v.Version, v.Reverted, v.Sha256, v.CreatedBy, v.CreatedAt, v.Text?.Length ?? 0, v.Text);

    private static TemplateProblemDto ToDto(TemplateProblem p) => new(p.Template, p.Line, p.Column, p.Message);
}
