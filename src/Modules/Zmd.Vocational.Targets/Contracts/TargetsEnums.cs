namespace Zmd.Vocational.Targets.Contracts;

/// <summary>How an outcome is compared with the target: the seed file's <c>&gt;=</c>, <c>&lt;=</c> and <c>=</c>.</summary>
public enum TargetComparator
{
    AtLeast = 1,
    AtMost = 2,
    Equal = 3,
}

/// <summary>预期性 (indicative) or 约束性 (binding), as the plan's indicator table marks each target.</summary>
public enum TargetKind
{
    Indicative = 1,
    Binding = 2,
}
