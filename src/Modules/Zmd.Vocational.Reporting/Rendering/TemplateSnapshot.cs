using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>Parsed templates by path and text hash, shared by every render (a parsed template is read-only; each render
/// has its own context). Small: a few dozen templates, a few versions each.</summary>
internal sealed class TemplateParseCache
{
    private const int MaxEntries = 512;
    private readonly ConcurrentDictionary<(string Path, string Sha), Template> _parsed = new();

    public Template Get(string path, string text, string sha)
    {
        if (_parsed.TryGetValue((path, sha), out var template))
        {
            return template;
        }

        if (_parsed.Count >= MaxEntries)
        {
            _parsed.Clear();
        }

        template = Template.Parse(text, path);
        if (!template.HasErrors)
        {
            _parsed[(path, sha)] = template;
        }

        return template;
    }
}

/// <summary>The template texts one render reads (taken once at its start, so a save in the middle cannot mix versions),
/// the loader of its includes, and the record of every template it used with the SHA-256 of its text.</summary>
internal sealed class TemplateSnapshot(IReadOnlyDictionary<string, TemplateText> texts, TemplateParseCache cache, ReportFormat format) : ITemplateLoader
{
    private readonly SortedDictionary<string, string> _used = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Used => _used;

    public bool Exists(TemplateName name) => texts.ContainsKey(name.Path);

    /// <summary>The parsed template; a syntax error is thrown as Scriban's parser exception, at the caller's span.</summary>
    public Template Parsed(SourceSpan callerSpan, string path)
    {
        if (!texts.TryGetValue(path, out var text))
        {
            throw new ScriptRuntimeException(callerSpan, $"There is no template `{path}`.");
        }

        var template = cache.Get(path, text.Text, text.Sha256);
        if (template.HasErrors)
        {
            throw new ScriptParserRuntimeException(callerSpan, $"Error while parsing template `{path}`", template.Messages);
        }

        _used[path] = text.Sha256;
        return template;
    }

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var candidates = TemplateName.ForPartial(templateName, format).ToList();
        if (candidates.Count == 0)
        {
            throw new ScriptRuntimeException(callerSpan, $"`{templateName}` is not a partial name (lower-case letters, digits, '-' and '_').");
        }

        return candidates.FirstOrDefault(Exists)?.Path
            ?? throw new ScriptRuntimeException(callerSpan, $"There is no partial `{templateName}` (templates/{candidates[0].Path}).");
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        texts.TryGetValue(templatePath, out var text) ? text.Text : null;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
