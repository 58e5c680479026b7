namespace Zmd.Vocational.Reporting.Contracts;

/// <summary>Reports: everyone reads the reports of what they may see (a school user: their own school's); the bureau
/// generates and publishes the city reports, a school its own; admins keep the templates.</summary>
public static class ReportingPermissions
{
    public const string Group = "Reporting";

    /// <summary>List, preview and download reports (a school user: their own school's only).</summary>
    public const string View = "Reporting.Reports.View";

    /// <summary>Generate draft editions and write their narrative (a school's filer: their own school's report).</summary>
    public const string Generate = "Reporting.Reports.Generate";

    /// <summary>Publish an edition (immutable from then on).</summary>
    public const string Publish = "Reporting.Reports.Publish";

    /// <summary>Override templates in the app, preview and revert them (bureau admins).</summary>
    public const string ManageTemplates = "Reporting.Templates.Manage";
}
