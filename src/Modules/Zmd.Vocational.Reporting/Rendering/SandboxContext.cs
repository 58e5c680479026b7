using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>The template context every report renders in: every value a template writes is escaped for the output format
/// (HTML-encoded, or Markdown-escaped) unless it is <see cref="TrustedMarkup"/> from the renderer's own functions; literal
/// template text is written as it is. Scriban's limits are set from <see cref="RenderLimits"/> with "throw" instead of
/// "truncate", the wall-clock deadline is checked on every statement and loop step, <c>import</c> is refused, and no
/// reflected .NET member is visible (the model arrives as ScriptObjects, see <see cref="ScriptModel"/>).</summary>
internal sealed class SandboxContext : TemplateContext
{
    public SandboxContext(ScriptObject builtins, ReportDocument document, RenderLimits limits, ITemplateLoader loader, CancellationToken deadline)
        : base(builtins)
    {
        Document = document;
        Limits = limits;
        TemplateLoader = loader;
        CancellationToken = deadline;
        LoopLimit = limits.LoopLimit;
        LoopLimitQueryable = limits.LoopLimit;
        RecursiveLimit = limits.RecursiveLimit;
        LimitToString = limits.MaxOutputChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = limits.MaxOutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        ObjectRecursionLimit = 20;
        MemberFilter = static _ => false;
        EnableRelaxedMemberAccess = true;
        EnableRelaxedTargetAccess = true;
        StrictVariables = false;
        RegexTimeOut = TimeSpan.FromSeconds(1);
        NewLine = "\n";
        PushCulture(document.Culture);
    }

    public ReportDocument Document { get; }

    public RenderLimits Limits { get; }

    public ReportFormat Format => Document.Format;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedMarkup trusted:
                Write(trusted.Text);
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (!string.IsNullOrEmpty(text))
                {
                    Write(MarkupEscaper.Escape(text, Format));
                }

                return this;
        }
    }

    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        TrustedMarkup trusted => trusted.Text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString(time.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => base.ObjectToString(value, nested),
    };

    /// <summary><c>import</c> would copy members into the globals; templates get the model and the functions, nothing more.</summary>
    public override void Import(SourceSpan span, object objectToImport) =>
        throw new ScriptRuntimeException(span, "`import` is not available in report templates.");

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        CheckAbort();
        return base.OnStepLoop(loop);
    }

    /// <summary>Includes come from the render's snapshot of template texts, parsed once per text (see <see cref="TemplateSnapshot"/>).</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        var span = callerContext?.Span ?? CurrentNode?.Span ?? default;
        if (TemplateLoader is not TemplateSnapshot snapshot)
        {
            return base.CreateTemplate(templatePath, callerContext);
        }

        var template = snapshot.Parsed(span, templatePath);
        CachedTemplates[templatePath] = template;
        return template;
    }
}
