namespace Zmd.Vocational.Reporting.Rendering;

/// <summary>What a rendered report may load, wherever a browser shows it: its own inline styles and <c>data:</c> images
/// and fonts, nothing else — no script, no frame, no object, no stylesheet or image from any address, no form.</summary>
internal static class ReportContentSecurity
{
    private const string OwnBytesOnly =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>The preview, shown in a frame of the app's own pages.</summary>
    public const string Preview = OwnBytesOnly + "; frame-ancestors 'self'";

    /// <summary>The page Chromium prints a PDF from: also sandboxed (an opaque origin, no script, no popup).</summary>
    public const string Printing = OwnBytesOnly + "; sandbox";
}
