using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Zmd.Vocational.Core.Seeding;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>The template files under templates/ — next to seeds/ (Reporting:TemplatesDirectory overrides it): the reports
/// at the top, layouts starting with '_', partials under _partials/. Texts are cached until the file changes.</summary>
internal sealed class TemplateFiles
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, TemplateText Text)> _cache = new(StringComparer.Ordinal);

    public TemplateFiles(SeedsLocation seeds, IConfiguration configuration)
    {
        var configured = configuration["Reporting:TemplatesDirectory"];
        Directory = !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetDirectoryName(seeds.Directory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))!, "templates");
    }

    public TemplateFiles(string directory) => Directory = Path.GetFullPath(directory);

    public string Directory { get; }

    /// <summary>Every template file, by its path under templates/.</summary>
    public IReadOnlyDictionary<string, TemplateText> All()
    {
        var result = new Dictionary<string, TemplateText>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(Directory))
        {
            return result;
        }

        foreach (var file in Files())
        {
            var relative = Path.GetRelativePath(Directory, file).Replace(Path.DirectorySeparatorChar, '/');
            if (TemplateName.FromPath(relative) is { } name)
            {
                result[name.Path] = Read(name, file);
            }
        }

        return result;
    }

    public TemplateText? Find(TemplateName name)
    {
        var file = Path.Combine(Directory, name.Path.Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(file) ? Read(name, file) : null;
    }

    private IEnumerable<string> Files()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*" + TemplateName.Extension))
        {
            yield return file;
        }

        var partials = Path.Combine(Directory, TemplateName.PartialsFolder);
        if (System.IO.Directory.Exists(partials))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(partials, "*" + TemplateName.Extension))
            {
                yield return file;
            }
        }
    }

    private TemplateText Read(TemplateName name, string file)
    {
        var info = new FileInfo(file);
        if (_cache.TryGetValue(file, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
        {
            return cached.Text;
        }

        // Templates are UTF-8 (a BOM is dropped); line endings are kept as written.
        var text = File.ReadAllText(file);
        var template = new TemplateText(name, text, TemplateText.Hash(text), Overridden: false);
        _cache[file] = (info.LastWriteTimeUtc, info.Length, template);
        return template;
    }
}
