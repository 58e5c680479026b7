using Scriban;
using Scriban.Syntax;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>A code a template writes after a variable: <c>f['dual-ratio']</c>, <c>f.apprentices</c> (Target "f"), or
/// <c>model.figures['dual-ratio']</c> (Target "figures"). Line and column are 1-based.</summary>
internal sealed record FigureLookup(string Target, string Code, int Line, int Column);

/// <summary>What one template says about figures, read from Scriban's syntax tree without running it: every literal
/// lookup after a variable, every assignment of a variable to another (<c>f = figures</c>: aliases), the loop variables,
/// the partials it includes by name and the layouts it chooses (null in <see cref="Layouts"/>: <c>layout = false</c>).
/// Comments are not in the tree, so a code in a comment is no reference.</summary>
internal sealed record FigureReferences(
    IReadOnlyList<FigureLookup> Lookups,
    IReadOnlyList<(string Name, string? Source)> Assignments,
    IReadOnlySet<string> LoopVariables,
    IReadOnlyList<string> Includes,
    IReadOnlyList<string?> Layouts)
{
    public const string FiguresVariable = "figures";
    private const string ModelVariable = "model";
    private const string IncludeFunction = "include";

    public static FigureReferences Read(Template template)
    {
        var lookups = new List<FigureLookup>();
        var assignments = new List<(string, string?)>();
        var loops = new HashSet<string>(StringComparer.Ordinal);
        var includes = new List<string>();
        var layouts = new List<string?>();
        var pending = new Stack<ScriptNode>();
        if (template.Page is { } page)
        {
            pending.Push(page);
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case ScriptIndexerExpression { Index: var index } indexer
                    when TargetOf(indexer.Target) is { } target && Unwrap(index) is ScriptLiteral { Value: string code } literal:
                    lookups.Add(At(target, code, literal));
                    break;
                case ScriptMemberExpression { Member: { } member } access when TargetOf(access.Target) is { } target:
                    lookups.Add(At(target, member.Name, member));
                    break;
                case ScriptAssignExpression { Target: ScriptVariable variable } assign:
                    var value = Unwrap(assign.Value);
                    if (variable.Name == Rendering.ReportRenderer.LayoutVariable)
                    {
                        if (value is ScriptLiteral { Value: string layout })
                        {
                            layouts.Add(layout);
                        }
                        else if (value is ScriptLiteral { Value: false or null })
                        {
                            layouts.Add(null);
                        }
                    }

                    assignments.Add((variable.Name, TargetOf(value)));
                    break;
                case ScriptForStatement { Variable: ScriptVariable loop }:
                    loops.Add(loop.Name);
                    break;
                case ScriptFunctionCall { Target: ScriptVariable { Name: IncludeFunction } } call
                    when call.Arguments.Count > 0 && Unwrap(call.Arguments[0]) is ScriptLiteral { Value: string partial }:
                    includes.Add(partial);
                    break;
            }

            foreach (var child in node.Children)
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }

        lookups.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return new FigureReferences(lookups, assignments, loops, includes, layouts);
    }

    /// <summary>The variable an expression is (<c>f</c>), or "figures" for <c>model.figures</c>; null for anything else.</summary>
    private static string? TargetOf(ScriptExpression? expression) => Unwrap(expression) switch
    {
        ScriptVariable variable => variable.Name,
        ScriptMemberExpression { Target: var target, Member.Name: FiguresVariable } when Unwrap(target) is ScriptVariable { Name: ModelVariable } =>
            FiguresVariable,
        _ => null,
    };

    private static ScriptExpression? Unwrap(ScriptExpression? expression)
    {
        while (expression is ScriptNestedExpression nested)
        {
            expression = nested.Expression;
        }

        return expression;
    }

    private static FigureLookup At(string target, string code, ScriptNode node) =>
        new(target, code, Math.Max(node.Span.Start.Line, 0) + 1, Math.Max(node.Span.Start.Column, 0) + 1);
}
