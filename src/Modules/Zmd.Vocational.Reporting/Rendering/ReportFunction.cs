using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>A template function of the renderer: positional arguments as the template passed them, a count check, and
/// the render's <see cref="SandboxContext"/>. A wrong argument is a <see cref="ScriptRuntimeException"/> at the call,
/// so the error names the template, line and column.</summary>
internal sealed class ReportFunction(string name, int required, int max, Func<SandboxContext, SourceSpan, ScriptArray, object?> body)
    : IScriptCustomFunction
{
    public string Name { get; } = name;

    public int RequiredParameterCount => required;

    public int ParameterCount => max;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentNode?.Span ?? default;
        if (arguments.Count < required || arguments.Count > max)
        {
            throw new ScriptRuntimeException(span, required == max
                ? $"`{Name}` takes {required} argument(s), not {arguments.Count}."
                : $"`{Name}` takes {required} to {max} arguments, not {arguments.Count}.");
        }

        if (context is not SandboxContext sandbox)
        {
            throw new ScriptRuntimeException(span, $"`{Name}` runs only in a report.");
        }

        return body(sandbox, span, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}

/// <summary><c>include 'name'</c> as Scriban's own include, but the partial's output is written as markup: it was
/// rendered in the same sandbox, so every value in it was escaped already (escaping it again would show the tags).</summary>
internal sealed class TrustedIncludeFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var caller = callerContext ?? context.CurrentNode;
        var span = caller?.Span ?? default;
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(span, "`include` needs the name of a partial.");
        }

        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller)
            ?? throw new ScriptRuntimeException(span, "`include` needs the name of a partial.");
        var template = context.GetOrCreateTemplate(path, caller);
        return new TrustedMarkup(context.RenderTemplate(template, arguments, caller));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
