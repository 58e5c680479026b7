using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Reporting.Contracts;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>One thing wrong with a template: which file, where (1-based line and column), what.</summary>
internal sealed record TemplateProblem(string Template, int Line, int Column, string Message)
{
    public BusinessException ToException() =>
        new(TemplateErrorCodes.TemplateError, ErrorKind.Validation,
            new Dictionary<string, object?> { ["template"] = Template, ["line"] = Line, ["column"] = Column, ["message"] = Message });

    /// <summary>The parse errors of a template (warnings are not errors).</summary>
    public static IReadOnlyList<TemplateProblem> FromParse(Template template, string fallbackPath) =>
        template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => At(m.Span, fallbackPath, m.Message)).ToList();

    public static TemplateProblem At(SourceSpan span, string fallbackPath, string message) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, Math.Max(span.Start.Line, 0) + 1, Math.Max(span.Start.Column, 0) + 1, message);

    /// <summary>Where a runtime failure happened: the innermost parse error of an included template, else the failing
    /// node's span; the message without Scriban's own position prefix.</summary>
    public static TemplateProblem FromRuntime(ScriptRuntimeException ex, string fallbackPath)
    {
        if (ex is ScriptParserRuntimeException parse && parse.ParserMessages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } first)
        {
            return At(first.Span, fallbackPath, first.Message);
        }

        return At(ex.Span, fallbackPath, ex.OriginalMessage);
    }
}
