namespace Zmd.Vocational.Benchmarks;

/// <summary>The command line of a benchmark mode: its flag, then "--name value" pairs, each applied to the options so
/// far; an unknown name or a bad value (the apply function returns null) makes the whole line wrong.</summary>
internal static class OptionPairs
{
    public static T? Parse<T>(string[] args, string flag, T defaults, Func<T, string, string?, T?> apply) where T : class
    {
        var options = defaults;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == flag)
            {
                continue;
            }

            var next = apply(options, args[i], i + 1 < args.Length ? args[i + 1] : null);
            if (next is null)
            {
                return null;
            }

            options = next;
            i++;
        }

        return options;
    }
}
