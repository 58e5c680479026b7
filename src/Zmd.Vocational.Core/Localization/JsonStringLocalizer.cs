using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Zmd.Vocational.Core.Localization;

/// <summary>IStringLocalizer over the merged JSON texts, in the current UI culture.
/// Besides positional arguments it fills named placeholders such as {field} (see <see cref="Format"/>).</summary>
public sealed partial class JsonStringLocalizer(JsonLocalizationStore store) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = store.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = store.Find(name, CultureInfo.CurrentUICulture);
            var formatted = string.Format(CultureInfo.CurrentCulture, text ?? name, arguments);
            return new LocalizedString(name, formatted, resourceNotFound: text is null);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        store.All(CultureInfo.CurrentUICulture).Select(kv => new LocalizedString(kv.Key, kv.Value));

    /// <summary>Localizes <paramref name="key"/> and replaces {name} placeholders by the arguments.
    /// An argument named "field" is itself localized through the key "Field:&lt;value&gt;".</summary>
    public string Format(string key, IReadOnlyDictionary<string, object?> args)
    {
        var template = this[key].Value;
        if (args.Count == 0)
        {
            return template;
        }

        // One pass over the template: a value that itself contains "{name}" is never filled in again.
        return Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (!args.TryGetValue(name, out var value))
            {
                return match.Value;
            }

            var text = value switch
            {
                null => "",
                IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
                _ => value.ToString() ?? "",
            };
            return name == "field" ? this["Field:" + text].Value : text;
        });
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}

public sealed class JsonStringLocalizerFactory(JsonLocalizationStore store) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(store);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
