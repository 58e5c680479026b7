namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>The sandbox's limits. A template that reaches any of them is refused with Reporting:TemplateError; nothing
/// is ever truncated. Defaults fit the city report over ~1,000 schools with rows per school (loop iterations are counted
/// across nested loops together), far from what an honest template needs otherwise.</summary>
internal sealed record RenderLimits
{
    public static readonly RenderLimits Default = new();

    /// <summary>Loop iterations, all nested loops of one outermost loop counted together.</summary>
    public int LoopLimit { get; init; } = 100_000;

    /// <summary>Depth of function calls and includes.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>Characters of output (the whole report, layout included; a single value too).</summary>
    public int MaxOutputChars { get; init; } = 16 * 1024 * 1024;

    /// <summary>Wall-clock time for one report.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Characters of one template's text (an admin's override included).</summary>
    public int MaxTemplateChars { get; init; } = 200_000;

    /// <summary>Depth of the model's object graph (records in lists in records…).</summary>
    public int MaxModelDepth { get; init; } = 32;
}
