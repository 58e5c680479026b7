namespace Zmd.Vocational.Reporting.Contracts;

/// <summary>The error codes of report rendering, templates and PDF printing (each is also the localization key of its message).</summary>
public static class TemplateErrorCodes
{
    /// <summary>A template is wrong: a syntax error, a runtime error or a limit reached (args template, line, column, message).</summary>
    public const string TemplateError = "Reporting:TemplateError";

    /// <summary>A template names a figure its report does not have, e.g. a mistyped <c>figures['dual-ratoi']</c> (args template,
    /// line, column, code, report). Missing data is no error (无数据); an unknown code is.</summary>
    public const string UnknownFigure = "Reporting:UnknownFigure";

    /// <summary>No such template (arg template).</summary>
    public const string TemplateNotFound = "Reporting:TemplateNotFound";

    /// <summary>A template text longer than the limit (args template, max).</summary>
    public const string TemplateTooLong = "Reporting:TemplateTooLong";

    /// <summary>PDF printing needs Chromium, which is not installed here (arg path).</summary>
    public const string PdfUnavailable = "Reporting:PdfUnavailable";

    /// <summary>Chromium failed or took too long to print (arg message).</summary>
    public const string PdfFailed = "Reporting:PdfFailed";
}
