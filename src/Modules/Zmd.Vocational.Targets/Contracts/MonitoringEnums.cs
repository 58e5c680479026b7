namespace Zmd.Vocational.Targets.Contracts;

/// <summary>Where a figure is computed: the whole city, one county (or functional area), one school.</summary>
public enum MonitoringScope
{
    City = 1,
    County = 2,
    School = 3,
}

/// <summary>Which data counts. Approved: approved filings and approved city figures only (the official figure).
/// Provisional: also filings submitted but not yet approved, and the bureau's city figures not yet approved; every
/// value that used such data is marked provisional.</summary>
public enum DataBasis
{
    Approved = 1,
    Provisional = 2,
}

/// <summary>Where a target stands in a year. NoData: nothing filed (never shown as 0). NotApplicable: the plan gives no
/// number to compare with (e.g. "稳步提高"). The others compare the actual value with the target and the expected path,
/// with the bureau's tolerances (<see cref="MonitoringSettingsDto"/>).</summary>
public enum TargetStatus
{
    NoData = 0,
    NotApplicable = 1,
    Achieved = 2,
    OnTrack = 3,
    AtRisk = 4,
    OffTrack = 5,
}
