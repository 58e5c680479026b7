using Microsoft.EntityFrameworkCore;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>The texts in effect: every file under templates/, with the latest override of each put in its place (a
/// revert puts the file back). Read once per render.</summary>
internal sealed class TemplateSource(DbContext db, TemplateFiles files) : ITemplateSource
{
    public async Task<IReadOnlyDictionary<string, TemplateText>> CurrentAsync(CancellationToken ct)
    {
        var current = new Dictionary<string, TemplateText>(files.All(), StringComparer.Ordinal);
        foreach (var latest in await LatestAsync(ct))
        {
            if (!latest.Reverted && latest.Text is not null && TemplateName.TryParse(latest.Name, out var name) && current.ContainsKey(name.Path))
            {
                current[name.Path] = new TemplateText(name, latest.Text, latest.Sha256, Overridden: true);
            }
        }

        return current;
    }

    /// <summary>The latest version of every overridden template (one row per template).</summary>
    public async Task<IReadOnlyList<TemplateVersion>> LatestAsync(CancellationToken ct)
    {
        var versions = db.Set<TemplateVersion>().AsNoTracking();
        return await versions
            .Where(v => v.Version == versions.Where(w => w.Name == v.Name).Max(w => w.Version))
            .ToListAsync(ct);
    }
}
