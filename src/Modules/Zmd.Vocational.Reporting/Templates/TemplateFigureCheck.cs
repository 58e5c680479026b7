using Zmd.Vocational.Reporting.Rendering;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>A figure a template names that its report does not offer: where it is written (template, 1-based line and
/// column), the code, and the report it was found for (Report "city-report", Main its template's path; both empty for a
/// partial or layout that no report uses).</summary>
internal sealed record FigureProblem(string Report, string Main, string Template, int Line, int Column, string Code);

/// <summary>Checks the figures the templates name (<see cref="FigureReferences"/>) against what each report's builder
/// offers, without rendering. A report template is read together with everything it renders with: the partials it
/// includes by name (and theirs), and its layout (<c>_layout</c> unless it chooses another or none), so a partial or a
/// layout is checked against the figures of every report that uses it. <c>figures</c>, <c>model.figures</c> and every
/// variable assigned only from them (<c>f = figures</c>) are the figures; a code computed at run time cannot be checked
/// here. A partial or layout that no report reaches is checked against the figures of all reports.</summary>
internal static class TemplateFigureCheck
{
    public static IReadOnlyList<FigureProblem> Check(
        IReadOnlyDictionary<string, TemplateText> texts, IReadOnlyDictionary<string, IReadOnlySet<string>> figuresByReport, TemplateParseCache cache)
    {
        var read = new Dictionary<string, (TemplateName Name, FigureReferences References)>(StringComparer.Ordinal);
        foreach (var (path, text) in texts)
        {
            // A template with a syntax error has no tree to read; the syntax check reports it.
            var template = cache.Get(path, text.Text, text.Sha256);
            if (!template.HasErrors)
            {
                read[path] = (text.Name, FigureReferences.Read(template));
            }
        }

        var anyReport = figuresByReport.Values.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var problems = new List<FigureProblem>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, (name, _)) in read.Where(r => r.Value.Name.Kind == TemplateKind.Main).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var report = name.Key[..name.Key.LastIndexOf('.')];
            var group = Group(path, name.Format ?? ReportFormat.Html, read);
            reached.UnionWith(group);
            problems.AddRange(Unknown(group, group, read, figuresByReport.GetValueOrDefault(report) ?? anyReport, report, path));
        }

        foreach (var path in read.Keys.Where(p => !reached.Contains(p)).Order(StringComparer.Ordinal))
        {
            problems.AddRange(Unknown([path], read.Keys.ToList(), read, anyReport, "", ""));
        }

        return problems.Distinct().ToList();
    }

    /// <summary>The report template, the partials it includes (transitively) and its layout with the layout's partials.</summary>
    private static List<string> Group(string main, ReportFormat format, Dictionary<string, (TemplateName Name, FigureReferences References)> read)
    {
        var group = Included([main], format, read);
        var layouts = group.SelectMany(p => read[p].References.Layouts).ToList();
        IEnumerable<string> chosen = layouts.Count == 0 ? [ReportRenderer.DefaultLayout] : layouts.OfType<string>();
        var layoutPaths = chosen
            .Select(l => TemplateName.TryParse(l + "." + TemplateName.Ext(format), out var layout) && layout.Kind == TemplateKind.Layout ? layout.Path : null)
            .OfType<string>().Where(read.ContainsKey).ToList();
        return [.. group, .. Included(layoutPaths, format, read).Except(group)];
    }

    private static List<string> Included(IEnumerable<string> start, ReportFormat format, Dictionary<string, (TemplateName Name, FigureReferences References)> read)
    {
        var seen = new List<string>();
        var pending = new Queue<string>(start);
        while (pending.TryDequeue(out var path))
        {
            if (seen.Contains(path, StringComparer.Ordinal))
            {
                continue;
            }

            seen.Add(path);
            foreach (var include in read[path].References.Includes)
            {
                // As the renderer resolves it: the format's own partial, else the shared one.
                if (TemplateName.ForPartial(include, format).FirstOrDefault(p => read.ContainsKey(p.Path)) is { } partial)
                {
                    pending.Enqueue(partial.Path);
                }
            }
        }

        return seen;
    }

    /// <summary>The lookups of <paramref name="checkedPaths"/> on the figures (or an alias of them, as assigned in
    /// <paramref name="scope"/>) whose code is not in <paramref name="known"/>.</summary>
    private static IEnumerable<FigureProblem> Unknown(IReadOnlyList<string> checkedPaths, IReadOnlyList<string> scope,
        Dictionary<string, (TemplateName Name, FigureReferences References)> read, IReadOnlySet<string> known, string report, string main)
    {
        var figures = Aliases(scope.Select(p => read[p].References).ToList());
        return checkedPaths.SelectMany(path => read[path].References.Lookups
            .Where(l => figures.Contains(l.Target) && !known.Contains(l.Code))
            .Select(l => new FigureProblem(report, main, path, l.Line, l.Column, l.Code)));
    }

    /// <summary>"figures" and every variable that is only ever assigned the figures (or another such variable) and is no
    /// loop variable: <c>f = figures</c> makes <c>f['x']</c> a figure; <c>for f in rows</c> anywhere makes it not one.</summary>
    private static HashSet<string> Aliases(IReadOnlyList<FigureReferences> references)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { FigureReferences.FiguresVariable };
        var loops = references.SelectMany(r => r.LoopVariables).ToHashSet(StringComparer.Ordinal);
        var sources = references.SelectMany(r => r.Assignments).Where(a => !loops.Contains(a.Name))
            .GroupBy(a => a.Name, a => a.Source, StringComparer.Ordinal).ToList();
        bool added;
        do
        {
            added = false;
            foreach (var variable in sources.Where(v => !names.Contains(v.Key) && v.All(s => s is not null && names.Contains(s))))
            {
                names.Add(variable.Key);
                added = true;
            }
        }
        while (added);

        return names;
    }
}
