using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Zmd.Vocational.Core.Localization;

/// <summary>Holds every module's texts, merged per culture. Each module embeds flat JSON files named
/// <c>Localization/zh-CN.json</c> and <c>Localization/en.json</c> (ABP's JSON localization, one resource).
/// zh-CN is the default and the fallback.</summary>
public sealed class JsonLocalizationStore
{
    public const string DefaultCulture = "zh-CN";
    public static readonly IReadOnlyList<string> SupportedCultures = [DefaultCulture, "en"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    public JsonLocalizationStore(IEnumerable<Assembly> assemblies)
    {
        var merged = SupportedCultures.ToDictionary(c => c, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                var culture = SupportedCultures.FirstOrDefault(c => resource.EndsWith(".Localization." + c + ".json", StringComparison.Ordinal));
                if (culture is null)
                {
                    continue;
                }

                using var stream = assembly.GetManifestResourceStream(resource)!;
                var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                    ?? throw new InvalidOperationException($"Empty localization resource {resource}.");
                foreach (var (key, value) in texts)
                {
                    if (!merged[culture].TryAdd(key, value))
                    {
                        throw new InvalidOperationException($"Localization key '{key}' ({culture}) is defined twice; second in {resource}.");
                    }
                }
            }
        }

        _byCulture = merged.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public static string Normalize(CultureInfo culture) =>
        culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : DefaultCulture;

    public string? Find(string key, CultureInfo culture)
    {
        if (_byCulture[Normalize(culture)].TryGetValue(key, out var text))
        {
            return text;
        }

        return _byCulture[DefaultCulture].TryGetValue(key, out var fallback) ? fallback : null;
    }

    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture) => _byCulture[Normalize(culture)];

    /// <summary>Keys present in one culture and missing in another (used by a test to keep en and zh-CN complete).</summary>
    public IReadOnlyList<string> MissingKeys(string culture, string comparedTo) =>
        _byCulture[comparedTo].Keys.Except(_byCulture[culture].Keys).Order(StringComparer.Ordinal).ToList();
}
