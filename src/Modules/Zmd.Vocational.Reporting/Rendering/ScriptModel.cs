using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;
using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>Copies a report model (plain records, lists, dictionaries, numbers, strings, dates) into Scriban's own
/// ScriptObject / ScriptArray values before a template sees it, so a template reaches the model's data and nothing
/// else: no .NET method, no property of a framework type, no way back to the services. Property names become
/// snake_case (SchoolName → school_name), dictionary keys stay as they are, enums become their names, Guids strings.
/// Chart specifications and <see cref="TrustedMarkup"/> stay opaque values that only the template functions read.</summary>
internal static class ScriptModel
{
    private static readonly ConcurrentDictionary<Type, PropertyReader[]> Readers = new();

    public static ScriptObject ToScriptObject(object? model, int maxDepth)
    {
        if (model is null)
        {
            return new ScriptObject();
        }

        return Convert(model, 0, maxDepth) as ScriptObject
            ?? throw new ArgumentException($"A report model must be an object, not {model.GetType().Name}.", nameof(model));
    }

    public static object? Convert(object? value, int depth, int maxDepth)
    {
        if (depth > maxDepth)
        {
            throw new InvalidOperationException($"The report model is nested deeper than {maxDepth} levels (a cycle?).");
        }

        switch (value)
        {
            case null:
                return null;
            case string or bool or char:
            case int or long or short or byte or sbyte or uint or ulong or ushort or double or float or decimal:
            case DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan:
            case TrustedMarkup:
            case TrendChartSpec or BarChartSpec or TimelineSpec or SparklineSpec:
                return value;
            case Guid guid:
                return guid.ToString();
            case Enum e:
                return e.ToString();
            case ScriptObject or ScriptArray:
                // Built by code already (e.g. by the renderer itself); its values are script values.
                return value;
            case IDictionary dictionary:
            {
                var obj = new ScriptObject(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    obj.SetValue(entry.Key.ToString() ?? string.Empty, Convert(entry.Value, depth + 1, maxDepth), false);
                }

                return obj;
            }

            case IEnumerable sequence:
            {
                var array = sequence is ICollection c ? new ScriptArray(c.Count) : new ScriptArray();
                foreach (var item in sequence)
                {
                    array.Add(Convert(item, depth + 1, maxDepth));
                }

                return array;
            }

            default:
            {
                var type = value.GetType();
                if (type.IsPrimitive || type.IsPointer || typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type)
                    || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
                    || type.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) == true)
                {
                    // A framework object has no place in a report model: show its text, never its members.
                    return value.ToString();
                }

                var readers = Readers.GetOrAdd(type, Describe);
                var obj = new ScriptObject(readers.Length);
                foreach (var reader in readers)
                {
                    obj.SetValue(reader.Name, Convert(reader.Property.GetValue(value), depth + 1, maxDepth), false);
                }

                return obj;
            }
        }
    }

    private static PropertyReader[] Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                        && p.Name != "EqualityContract")
            .Select(p => new PropertyReader(StandardMemberRenamer.Rename(p.Name), p))
            .ToArray();

    private sealed record PropertyReader(string Name, PropertyInfo Property);
}
