using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Zmd.Vocational.Core.Localization;

/// <summary>IStringLocalizer over the merged JSON texts, in the current UI culture.
/// Besides positional arguments it fills named placeholders such as {field} (see <see cref="Format"/>).</summary>
public sealed class JsonStringLocalizer(JsonLocalizationStore store) : IStringLocalizer
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

        var sb = new StringBuilder(template);
        foreach (var (name, value) in args)
        {
            var text = value switch
            {
                null => "",
                IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
                _ => value.ToString() ?? "",
            };
            if (name == "field")
            {
                text = this["Field:" + text].Value;
            }

            sb.Replace("{" + name + "}", text);
        }

        return sb.ToString();
    }
}

public sealed class JsonStringLocalizerFactory(JsonLocalizationStore store) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(store);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
